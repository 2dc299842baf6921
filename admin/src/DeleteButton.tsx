import { Button, Popconfirm } from 'antd';

/** A small red 删除 button that asks first; `title` says what goes. */
export function DeleteButton({ title, onConfirm }: { title: string; onConfirm: () => void }) {
  return (
    <Popconfirm title={title} onConfirm={onConfirm}>
      <Button size="small" danger>
        删除
      </Button>
    </Popconfirm>
  );
}
