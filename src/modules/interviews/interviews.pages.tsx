import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock/clock.js';
import { newChallenge, type Challenge } from '../../platform/http/challenge.js';
import { Errors } from '../../platform/http/errors.js';
import type { RateLimits } from '../../platform/http/rate-limit.js';
import type { App } from '../../platform/http/types.js';
import { INTERVIEW_JS_URL } from '../../portal/assets.js';
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
import type { ColumnsService } from '../columns/columns.service.js';
import type { Site, SitesService } from '../sites/sites.service.js';
import type { InterviewsService } from './interviews.service.js';
import type { InterviewRecords } from './interviews.records.js';

/**
 * 在线访谈 and 新闻发布会 on the portal: upcoming and past events and the spokespersons; an event's
 * page with its guests, the questions that passed moderation, a question form until it ends, and
 * the text record — which updates itself while the event runs if JavaScript is on, and reads
 * fully after a reload without it.
 */
type One = Awaited<ReturnType<InterviewsService['publishedOne']>>;
const LABELS: Record<string, string> = { body: '问题', name: '姓名', phone: '联系电话', answer: '验证问题' };
const MAX_QUESTION = 1000;

function InterviewPage(props: {
  frame: Frame;
  one: One;
  form: Form;
  problems: FieldProblems;
  challenge: Challenge;
  outcome: Outcome;
}) {
  const { frame, one, form, problems, challenge, outcome } = props;
  return (
    <Layout {...frame} title={one.title}>
      <Breadcrumb
        trail={[
          { label: '互动交流', href: '/messages' },
          { label: '在线访谈', href: '/interviews' },
          { label: one.title },
        ]}
      />
      <h1>{one.title}</h1>
      <table class="meta-table">
        <tbody>
          <tr>
            <th scope="row">类别</th>
            <td>{one.kindLabel}</td>
          </tr>
          <tr>
            <th scope="row">时间</th>
            <td>{one.startsAtChina}（北京时间）</td>
          </tr>
          <tr>
            <th scope="row">状态</th>
            <td>{one.phaseLabel}</td>
          </tr>
          <tr>
            <th scope="row">嘉宾</th>
            <td>
              {one.guests
                .map(
                  (g) => `${g.title} ${g.name}${g.spokesperson && !g.title.includes('发言人') ? '（新闻发言人）' : ''}`,
                )
                .join('；')}
            </td>
          </tr>
        </tbody>
      </table>
      {one.summary && (
        <div class="answer-text">
          {one.summary.split('\n').map((l) => (
            <p>{l}</p>
          ))}
        </div>
      )}
      {outcome.error && (
        <p class="form-errors" role="alert">
          {outcome.error}
        </p>
      )}
      {outcome.submitted && (
        <p class="notice" role="status">
          问题已提交，经审核后公开。
        </p>
      )}
      {one.photos.length > 0 && (
        <section aria-labelledby="photos-heading">
          <h2 id="photos-heading">图片</h2>
          <ul class="photo-list">
            {one.photos.map((p) => (
              <li>
                <figure>
                  <img src={`/interviews/${one.id}/photos/${p.seq}`} alt={p.caption} loading="lazy" />
                  <figcaption>{p.caption}</figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="record-heading">
        <h2 id="record-heading">{one.phase === 'ended' ? '文字实录' : '文字直播'}</h2>
        {one.entries.length === 0 && one.phase !== 'live' && (
          <p>{one.phase === 'upcoming' ? '尚未开始。' : '暂无文字实录。'}</p>
        )}
        <ol
          class="comment-list"
          aria-live="polite"
          data-live-entries={one.phase === 'live' ? `/api/v1/interviews/${one.id}/entries` : undefined}
        >
          {one.entries.map((e) => (
            <li data-seq={String(e.seq)}>
              <strong>{e.speaker}：</strong>
              {e.text}
            </li>
          ))}
        </ol>
        {one.phase === 'live' && (
          <p class="hint">正在直播，新内容会自动显示在上方，正在填写的提问不受影响；也可以刷新页面查看。</p>
        )}
      </section>
      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">网民提问</h2>
        {one.questions.length === 0 ? (
          <p>暂无公开的提问。</p>
        ) : (
          <ol class="comment-list">
            {one.questions.map((q) => (
              <li>{q.body}</li>
            ))}
          </ol>
        )}
      </section>
      {one.phase !== 'ended' && !outcome.submitted && (
        <section aria-labelledby="ask-heading">
          <h2 id="ask-heading">我要提问</h2>
          <p>问题经审核后公开，公开时隐去姓名、电话等个人信息。</p>
          <ProblemSummary title="问题未提交，请修改以下内容：" problems={problems} labels={LABELS} />
          <form
            class="apply-form"
            method="post"
            action={`/interviews/${one.id}/questions`}
            enctype="multipart/form-data"
            novalidate
          >
            <Field
              name="body"
              label="问题"
              form={form}
              required
              multiline
              maxLength={MAX_QUESTION}
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
              <button type="submit">提交问题</button>
            </p>
          </form>
        </section>
      )}
      {one.phase === 'live' && <script src={INTERVIEW_JS_URL} defer />}
    </Layout>
  );
}

function problemsOf(form: Form): FieldProblems {
  const p: FieldProblems = {};
  const body = (form.body ?? '').trim();
  if (!body) p.body = '请填写问题';
  else if ([...body].length > MAX_QUESTION) p.body = `问题请不要超过 ${MAX_QUESTION} 个字`;
  return { ...p, ...namePhoneProblems(form, false) };
}

export async function interviewPages(
  app: App,
  deps: {
    sites: SitesService;
    columns: ColumnsService;
    interviews: InterviewsService;
    interviewRecords: InterviewRecords;
    clock: Clock;
    secret: string;
    rateLimits: RateLimits;
    perMinute: number;
  },
): Promise<void> {
  const { sites, columns, interviews, interviewRecords, clock, secret, rateLimits, perMinute } = deps;
  const siteOf = (request: FastifyRequest): Promise<Site> => sites.forPortal(request.hostname);
  const page = async (
    request: FastifyRequest,
    site: Site,
    id: string,
    form: Form,
    problems: FieldProblems,
    outcome: Outcome = {},
  ) => (
    <InterviewPage
      frame={await frameFor(request, site, columns)}
      one={await interviews.publishedOne(site.id, id)}
      form={form}
      problems={problems}
      challenge={newChallenge(secret, clock.now())}
      outcome={outcome}
    />
  );

  app.get('/interviews', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    const [all, spokespersons] = await Promise.all([interviews.published(site.id), interviews.spokespersons(site.id)]);
    const frame = await frameFor(request, site, columns);
    const list = (items: typeof all) =>
      items.length === 0 ? (
        <p>暂无。</p>
      ) : (
        <ul class="answer-list">
          {items.map((i) => (
            <li>
              <a href={`/interviews/${i.id}`}>{i.title}</a>
              <span class="answer-meta">
                {i.kindLabel} · {i.startsAtChina} · {i.phaseLabel}
              </span>
            </li>
          ))}
        </ul>
      );
    return sendPage(
      reply,
      <Layout {...frame} title="在线访谈与新闻发布会">
        <Breadcrumb trail={[{ label: '互动交流', href: '/messages' }, { label: '在线访谈' }]} />
        <h1>在线访谈与新闻发布会</h1>
        <h2>正在直播和预告</h2>
        {list(all.filter((i) => i.phase !== 'ended').reverse())}
        <h2>往期回顾</h2>
        {list(all.filter((i) => i.phase === 'ended'))}
        <h2>新闻发言人</h2>
        {spokespersons.length === 0 ? (
          <p>暂无。</p>
        ) : (
          <ul class="answer-list">
            {spokespersons.map((g) => (
              <li>
                {g.title} {g.name}
              </li>
            ))}
          </ul>
        )}
      </Layout>,
    );
  });

  app.get<{ Params: { id: string } }>('/interviews/:id', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    return sendPage(reply, await page(request, site, request.params.id.slice(0, 40), {}, {}));
  });

  app.get<{ Params: { id: string; seq: string } }>(
    '/interviews/:id/photos/:seq',
    { schema: { hide: true } },
    async (request, reply) => {
      const site = await siteOf(request);
      const seq = Number(request.params.seq);
      if (!Number.isInteger(seq) || seq < 1) throw Errors.NOT_FOUND('照片不存在');
      const photo = await interviewRecords.publicPhoto(site.id, request.params.id.slice(0, 40), seq);
      return reply
        .type(photo.mime)
        .header('cache-control', 'public, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(photo.bytes);
    },
  );

  await app.register(async (scoped) => {
    await rateLimits.register(scoped, 'interview-question', perMinute);
    scoped.post<{ Params: { id: string } }>(
      '/interviews/:id/questions',
      { schema: { hide: true } },
      async (request, reply) => {
        const site = await siteOf(request);
        const id = request.params.id.slice(0, 40);
        return guardedPost(request, reply, {
          secret,
          now: clock.now(),
          problemsOf,
          submit: (form) =>
            interviews.submitQuestion(site.id, id, {
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
