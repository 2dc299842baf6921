import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { formatChinaTime } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { Layout } from '../../portal/layout.js';
import { sendPage } from '../../portal/render.js';
import { Breadcrumb, frameFor, type Frame } from '../columns/columns.pages.js';
import type { ColumnsService } from '../columns/columns.service.js';
import { documentHref } from '../documents/documents.paths.js';
import type { DocumentsService } from '../documents/documents.service.js';
import type { Site, SitesService } from '../sites/sites.service.js';
import { ITEM_STATE_LABELS, milestoneText, type ItemState } from './work-plans.progress.js';
import type { ItemView, PlanView, WorkPlansService } from './work-plans.service.js';

/** A percentage in words and as a bar; the bar is decoration, the number is what is read out. */
function Progress({ value }: { value: number }) {
  return (
    <span class="progress">
      <span class="progress-bar" aria-hidden="true">
        <span style={`width:${Math.min(100, Math.max(0, value))}%`} />
      </span>
      {value}%
    </span>
  );
}

function StateTag({ state }: { state: ItemState }) {
  return <span class={`state state-${state}`}>{ITEM_STATE_LABELS[state]}</span>;
}

function Counts({ plan }: { plan: PlanView }) {
  const total = Object.values(plan.counts).reduce((a, b) => a + b, 0);
  return (
    <p>
      共 {total} 项工作：已完成 {plan.counts.done} 项，推进中 {plan.counts.in_progress} 项，未开始{' '}
      {plan.counts.not_started} 项，已逾期 {plan.counts.overdue} 项。总体进度 <Progress value={plan.progress} />
    </p>
  );
}

function ItemRow({ item }: { item: ItemView }) {
  return (
    <tr>
      <td data-label="主要内容">
        {item.content.split('\n').map((p) => (
          <p>{p}</p>
        ))}
      </td>
      <td data-label="牵头单位">{item.lead.join('、') || '—'}</td>
      <td data-label="责任单位">{item.responsible.join('、') || '—'}</td>
      <td data-label="完成期限">
        {item.dueOn}
        {item.milestones.map((m) => (
          <div class="meta">节点 {milestoneText(m)}</div>
        ))}
      </td>
      <td data-label="进展">
        <StateTag state={item.state} />
        {item.lagging && <span class="state state-overdue"> 节点滞后</span>}
        <br />
        <Progress value={item.progress} />
      </td>
      <td data-label="佐证">
        {item.evidence.length === 0
          ? '—'
          : item.evidence.map((e) => (
              <div>
                <a href={e.url}>{e.title}</a>
              </div>
            ))}
      </td>
    </tr>
  );
}

function PlanPage({ frame, plan, documentLink }: { frame: Frame; plan: PlanView; documentLink: string | null }) {
  return (
    <Layout {...frame} title={plan.title}>
      <Breadcrumb trail={[{ label: '工作要点', href: '/work-plans' }, { label: plan.title }]} />
      <h1>{plan.title}</h1>
      <Counts plan={plan} />
      {documentLink && (
        <p>
          <a href={documentLink}>查看工作要点原文</a>
        </p>
      )}
      {plan.goals.map((goal) => (
        <section aria-labelledby={`goal-${goal.id}`}>
          <h2 id={`goal-${goal.id}`}>
            {goal.no ? `${goal.no}、` : ''}
            {goal.title}（进度 {goal.progress}%）
          </h2>
          {goal.tasks.map((task) => (
            <table class="catalogue plan-table stack-on-phone">
              <caption>
                {task.no}
                {task.title}（进度 {task.progress}%）
              </caption>
              <thead>
                <tr>
                  <th scope="col">主要内容</th>
                  <th scope="col">牵头单位</th>
                  <th scope="col">责任单位</th>
                  <th scope="col">完成期限</th>
                  <th scope="col">进展</th>
                  <th scope="col">佐证</th>
                </tr>
              </thead>
              <tbody>
                {task.items.map((item) => (
                  <ItemRow item={item} />
                ))}
              </tbody>
            </table>
          ))}
        </section>
      ))}
      <p class="meta">
        进度依各单位报送、经牵头单位或政务公开办审核采纳的进展计算；页面更新于 {formatChinaTime(new Date())}。
      </p>
    </Layout>
  );
}

function PlansIndex({ frame, plans }: { frame: Frame; plans: PlanView[] }) {
  return (
    <Layout {...frame} title="政务公开工作要点落实情况">
      <Breadcrumb trail={[{ label: '工作要点' }]} />
      <h1>政务公开工作要点落实情况</h1>
      {plans.length === 0 ? (
        <p>暂无公开的工作要点。</p>
      ) : (
        <ul class="doc-list">
          {plans.map((p) => (
            <li>
              <a href={`/work-plans/${p.id}`}>{p.title}</a>
              <span>
                <Progress value={p.progress} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/**
 * The public progress pages. Not cached whole: an item turns overdue when its date passes, with
 * nothing written that would invalidate a cached page.
 */
export function workPlanPages(
  app: App,
  {
    workPlans,
    sites,
    columns,
    documents,
  }: {
    workPlans: WorkPlansService;
    sites: SitesService;
    columns: ColumnsService;
    documents: Pick<DocumentsService, 'publicDocument'>;
  },
): void {
  const siteOf = (request: FastifyRequest): Promise<Site> => sites.forPortal(request.hostname);

  app.get('/work-plans', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    const [frame, plans] = await Promise.all([frameFor(request, site, columns), workPlans.publicPlans(site.id)]);
    return sendPage(reply, <PlansIndex frame={frame} plans={plans} />);
  });

  app.get('/work-plans/:id', { schema: { hide: true, params: Type.Object({ id: Id }) } }, async (request, reply) => {
    const site = await siteOf(request);
    const plan = await workPlans.publicPlan(site.id, request.params.id);
    if (!plan) throw Errors.NOT_FOUND();
    // The plan's own text, at its dated address (publicPlan keeps only a public document).
    const text = plan.documentId ? await documents.publicDocument(site.id, plan.documentId) : undefined;
    return sendPage(
      reply,
      <PlanPage
        frame={await frameFor(request, site, columns)}
        plan={plan}
        documentLink={text ? documentHref(text) : null}
      />,
    );
  });
}
