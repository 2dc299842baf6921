import type { FastifyRequest } from 'fastify';
import { newChallenge, type Challenge } from '../../platform/http/challenge.js';
import type { RateLimits } from '../../platform/http/rate-limit.js';
import type { App } from '../../platform/http/types.js';
import type { Clock } from '../../platform/clock/clock.js';
import {
  ChallengeFields,
  Field,
  ProblemSummary,
  guardedPost,
  namePhoneProblems,
  type FieldProblems,
  type Form,
  type Outcome,
} from '../../portal/forms.js';
import { Layout } from '../../portal/layout.js';
import { sendPage } from '../../portal/render.js';
import { Breadcrumb, frameFor, type Frame } from '../columns/columns.pages.js';
import { documentHref } from '../documents/documents.paths.js';
import type { ColumnsService } from '../columns/columns.service.js';
import type { Site, SitesService } from '../sites/sites.service.js';
import { ADOPTION_LABELS } from './public-comments.model.js';
import type { PublicCommentsService } from './public-comments.service.js';

/**
 * 征集意见 on the portal, without JavaScript: what is open, coming and closed; a draft with its
 * comment form while open; the comments that passed moderation, as masked; and, once concluded,
 * the 采纳情况反馈 — how many comments, how many adopted, why not the others — and the policy issued.
 */

type Summary = Awaited<ReturnType<PublicCommentsService['published']>>[number];
type One = Awaited<ReturnType<PublicCommentsService['publishedOne']>>;

const LABELS: Record<string, string> = { name: '姓名', phone: '联系电话', body: '意见内容', answer: '验证问题' };
const MAX_BODY = 3000;

const paragraphs = (text: string) => text.split('\n').map((line) => <p>{line}</p>);

function ConsultationList({ items }: { items: Summary[] }) {
  if (items.length === 0) return <p>暂无。</p>;
  return (
    <ul class="answer-list">
      {items.map((p) => (
        <li>
          <a href={`/public-comments/${p.id}`}>{p.title}</a>
          <span class="answer-meta">
            {[p.departmentName, `征集时间 ${p.opensOn} 至 ${p.closesOn}`, p.phaseLabel].filter(Boolean).join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}

function CommentForm(props: { one: One; form: Form; problems: FieldProblems; challenge: Challenge }) {
  const { one, form, problems, challenge } = props;
  return (
    <section aria-labelledby="form-heading">
      <h2 id="form-heading">提出意见</h2>
      <p>意见经审核后公开，公开时隐去姓名、电话等个人信息。征集截止日期：{one.closesOn}。</p>
      <ProblemSummary title="意见未提交，请修改以下内容：" problems={problems} labels={LABELS} />
      <form
        class="apply-form"
        method="post"
        action={`/public-comments/${one.id}/comments`}
        enctype="multipart/form-data"
        novalidate
      >
        <Field
          name="body"
          label="意见内容"
          form={form}
          required
          multiline
          maxLength={MAX_BODY}
          hint={`请写明针对的条款和修改建议，不超过 ${MAX_BODY} 字`}
          error={problems.body}
        />
        <Field name="name" label="姓名" form={form} required autocomplete="name" error={problems.name} />
        <Field
          name="phone"
          label="联系电话（可不填）"
          form={form}
          type="tel"
          autocomplete="tel"
          error={problems.phone}
        />
        <ChallengeFields challenge={challenge} error={problems.answer} />
        <p>
          <button type="submit">提交意见</button>
        </p>
      </form>
    </section>
  );
}

function ConsultationPage(props: {
  frame: Frame;
  one: One;
  form: Form;
  problems: FieldProblems;
  challenge: Challenge;
  submitted?: boolean;
  /** Why a comment was refused when the form itself was fine (the consultation has closed). */
  error?: string;
}) {
  const { frame, one, form, problems, challenge, submitted, error } = props;
  const report = one.report;
  return (
    <Layout {...frame} title={one.title}>
      <Breadcrumb
        trail={[
          { label: '互动交流', href: '/messages' },
          { label: '征集意见', href: '/public-comments' },
          { label: one.title },
        ]}
      />
      <h1>{one.title}</h1>
      <table class="meta-table">
        <tbody>
          <tr>
            <th scope="row">起草单位</th>
            <td>{one.departmentName ?? '—'}</td>
          </tr>
          <tr>
            <th scope="row">征集时间</th>
            <td>
              {one.opensOn} 至 {one.closesOn}
            </td>
          </tr>
          {one.major && (
            <tr>
              <th scope="row">事项性质</th>
              <td>重大行政决策</td>
            </tr>
          )}
          <tr>
            <th scope="row">状态</th>
            <td>{one.phaseLabel}</td>
          </tr>
          <tr>
            <th scope="row">收到意见</th>
            <td>{one.received} 条</td>
          </tr>
        </tbody>
      </table>
      {error && (
        <p class="form-errors" role="alert">
          {error}
        </p>
      )}
      {submitted && (
        <p class="notice" role="status">
          意见已提交，感谢您的参与。意见经审核后公开。
        </p>
      )}
      <h2>征求意见稿</h2>
      <div class="answer-text">{paragraphs(one.body)}</div>
      {report && (
        <section aria-labelledby="report-heading">
          <h2 id="report-heading">采纳情况反馈</h2>
          <p>
            共收到意见 {one.received} 条，公开 {one.comments.length} 条；其中采纳 {report.adopted} 条，部分采纳{' '}
            {report.partlyAdopted} 条，未采纳 {report.notAdopted} 条。
          </p>
          <div class="answer-text">{paragraphs(report.summary)}</div>
          {one.finalDocument && (
            <p>
              最终出台的文件：<a href={documentHref(one.finalDocument)}>{one.finalDocument.title}</a>
            </p>
          )}
        </section>
      )}
      {one.phase === 'open' && !submitted && (
        <CommentForm one={one} form={form} problems={problems} challenge={challenge} />
      )}
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">公开的意见</h2>
        {one.comments.length === 0 ? (
          <p>暂无公开的意见。</p>
        ) : (
          <ol class="comment-list">
            {one.comments.map((c) => (
              <li>
                <span class="answer-meta">
                  第 {c.seq} 条 · {c.receivedOn}
                </span>
                <div class="answer-text">{paragraphs(c.body)}</div>
                {c.adoption && (
                  <p>
                    <strong>{ADOPTION_LABELS[c.adoption]}</strong>
                    {c.adoptionReason && `：${c.adoptionReason}`}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </Layout>
  );
}

/** Plain-words problems with a comment. */
function problemsOf(form: Form): FieldProblems {
  const p: FieldProblems = {};
  const body = (form.body ?? '').trim();
  if (!body) p.body = '请填写意见内容';
  else if ([...body].length > MAX_BODY)
    p.body = `意见内容请不要超过 ${MAX_BODY} 个字（现在是 ${[...body].length} 个字）`;
  return { ...p, ...namePhoneProblems(form, false) };
}

export async function publicCommentPages(
  app: App,
  deps: {
    sites: SitesService;
    columns: ColumnsService;
    publicComments: PublicCommentsService;
    clock: Clock;
    secret: string;
    rateLimits: RateLimits;
    perMinute: number;
  },
): Promise<void> {
  const { sites, columns, publicComments, clock, secret, rateLimits, perMinute } = deps;
  const siteOf = (request: FastifyRequest): Promise<Site> => sites.forPortal(request.hostname);
  const page = async (
    request: FastifyRequest,
    site: Site,
    id: string,
    form: Form,
    problems: FieldProblems,
    outcome: Outcome = {},
  ) => (
    <ConsultationPage
      frame={await frameFor(request, site, columns)}
      one={await publicComments.publishedOne(site.id, id)}
      form={form}
      problems={problems}
      challenge={newChallenge(secret, clock.now())}
      {...outcome}
    />
  );

  app.get('/public-comments', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    const all = await publicComments.published(site.id);
    const frame = await frameFor(request, site, columns);
    const groups: [string, Summary[]][] = [
      ['正在征集', all.filter((p) => p.phase === 'open')],
      ['即将开始', all.filter((p) => p.phase === 'upcoming')],
      ['已结束', all.filter((p) => p.phase === 'awaiting_report' || p.phase === 'concluded')],
    ];
    return sendPage(
      reply,
      <Layout {...frame} title="征集意见">
        <Breadcrumb trail={[{ label: '互动交流', href: '/messages' }, { label: '征集意见' }]} />
        <h1>征集意见</h1>
        {groups.map(([heading, items]) => (
          <section>
            <h2>{heading}</h2>
            <ConsultationList items={items} />
          </section>
        ))}
      </Layout>,
    );
  });

  app.get<{ Params: { id: string } }>('/public-comments/:id', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    return sendPage(reply, await page(request, site, request.params.id.slice(0, 40), {}, {}));
  });

  await app.register(async (scoped) => {
    await rateLimits.register(scoped, 'comment-write', perMinute);
    scoped.post<{ Params: { id: string } }>(
      '/public-comments/:id/comments',
      { schema: { hide: true } },
      async (request, reply) => {
        const site = await siteOf(request);
        const id = request.params.id.slice(0, 40);
        return guardedPost(request, reply, {
          secret,
          now: clock.now(),
          problemsOf,
          submit: (form) =>
            publicComments.submit(site.id, id, {
              name: form.name!,
              phone: (form.phone ?? '').normalize('NFKC'),
              body: form.body!,
            }),
          page: (form, problems, outcome) => page(request, site, id, form, problems, outcome),
        });
      },
    );
  });
}
