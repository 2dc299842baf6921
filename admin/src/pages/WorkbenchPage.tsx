import { Card, Col, List, Row, Tag, Typography } from 'antd';
import type { Static } from '@sinclair/typebox';
import { useEffect, useState } from 'react';
import type { WorkbenchBlockSchema } from '../../../src/modules/workbench/workbench.schema';
import type { SessionInfo } from '../App';
import { api } from '../api';

type Block = Static<typeof WorkbenchBlockSchema>;

const TONES = {
  overdue: { color: 'red', label: '已超期' },
  soon: { color: 'orange', label: '临期' },
  normal: { color: 'default', label: '待办' },
} as const;

/**
 * 工作台: what the user's roles ask of them now, most urgent first, each item a link to the page
 * where it is done. Blocks with nothing in them are named in one line at the end.
 */
export function WorkbenchPage({ session }: { session: SessionInfo }) {
  const [blocks, setBlocks] = useState<Block[] | null>(null);
  useEffect(() => {
    setBlocks(null);
    void api<{ blocks: Block[] }>('GET', `/workbench?siteId=${session.site.id}`).then((r) => setBlocks(r.blocks));
  }, [session.site.id]);
  if (!blocks) return <Typography.Text type="secondary">正在读取待办事项…</Typography.Text>;
  const busy = blocks.filter((b) => b.count > 0);
  const empty = blocks.filter((b) => b.count === 0);
  return (
    <>
      {busy.length === 0 && <Typography.Paragraph>目前没有待办事项。</Typography.Paragraph>}
      <Row gutter={[16, 16]}>
        {busy.map((b) => (
          <Col key={b.key} xs={24} xl={12}>
            <Card
              title={
                <span>
                  {b.title} <Tag>{b.count} 项</Tag>
                </span>
              }
              extra={b.page && b.count > b.items.length ? <a href={`#/${b.page}`}>查看全部</a> : null}
              data-block={b.key}
            >
              {b.summary && <Typography.Paragraph strong>{b.summary}</Typography.Paragraph>}
              <List
                size="small"
                dataSource={b.items}
                renderItem={(item) => (
                  <List.Item>
                    <List.Item.Meta
                      title={
                        <span>
                          <Tag color={TONES[item.tone].color}>{TONES[item.tone].label}</Tag>
                          <a href={`#/${item.page}`}>{item.title}</a>
                        </span>
                      }
                      description={item.note}
                    />
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {empty.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          暂无事项：{empty.map((b) => b.title).join('、')}
        </Typography.Paragraph>
      )}
    </>
  );
}
