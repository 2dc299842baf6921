import { CORRECTION_MAILBOX } from './messages.mailboxes.js';
import type { FastifyRequest } from 'fastify';
import { newChallenge, type Challenge } from '../../platform/http/challenge.js';
import { AppError } from '../../platform/http/errors.js';
import type { RateLimits } from '../../platform/http/rate-limit.js';
import type { App } from '../../platform/http/types.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import {
  ChallengeFields,
  Choice,
  Field,
  FileField,
  ProblemSummary,
  challengeProblem,
  namePhoneProblems,
  readMultipartForm,
  type FieldProblems,
  type Form,
} from '../../portal/forms.js';
import { Layout } from '../../portal/layout.js';
import { sendPage } from '../../portal/render.js';
import { Breadcrumb, Pager, frameFor, type Frame } from '../columns/columns.pages.js';
import type { ColumnsService } from '../columns/columns.service.js';
import type { Site, SitesService } from '../sites/sites.service.js';
import type { MailboxRow } from './messages.repository.js';
import { checkUploads, MAX_MESSAGE_ATTACHMENT_BYTES, MAX_MESSAGE_ATTACHMENTS } from './messages.attachments.js';
import type { MailboxesService } from './messages.mailboxes.js';
import { MESSAGE_KIND_LABELS, RATINGS, RATING_LABELS, type MessageKind, type Rating } from './messages.model.js';
import type { OnlineMessageBody, Statistics } from './messages.schema.js';
import type { MessagesService } from './messages.service.js';
import type { PublicCommentsService } from '../public-comments/public-comments.service.js';

/**
 * 互动交流 on the portal, all of it usable without JavaScript on an old phone: the mailboxes, the
 * message form (a question in words against scripts, a field people never see, a rate limit per
 * address), the writer's look-up and rating with the tracking number and query code, the answers
 * published through the gate, and the monthly figures. Nothing about a writer is ever shown here
 * but on their own form while they correct it, and on their own status page (the subject only).
 */

const LABELS: Record<string, string> = {
  mailboxId: '信箱',
  kind: '留言类别',
  subject: '标题',
  body: '留言内容',
  attachments: '附件',
  name: '姓名',
  phone: '联系电话',
  email: '电子邮箱',
  address: '联系地址',
  consent: '是否同意公开',
  answer: '验证问题',
};
const LIMITS = { subject: 100, body: 3000, address: 200, email: 100 };
const MIN_BODY = 5;

const count = (text: string) => [...text].length;
/** Digits typed on a Chinese keyboard (full width) read as digits. */
const halfWidth = (text: string) => text.normalize('NFKC').trim();

/** Everything wrong with the form, in plain words, by field. Nothing is written while any remain. */
function problemsOf(form: Form, box: MailboxRow | undefined): FieldProblems {
  const p: FieldProblems = {};
  const text = (field: keyof typeof LIMITS, label: string, required: boolean) => {
    const value = (form[field] ?? '').trim();
    if (required && !value) p[field] = `请填写${label}`;
    else if (count(value) > LIMITS[field])
      p[field] = `${label}请不要超过 ${LIMITS[field]} 个字（现在是 ${count(value)} 个字）`;
  };
  if (!box) p.mailboxId = '请选择要写信的信箱';
  if (box && !box.kind && !(form.kind && form.kind in MESSAGE_KIND_LABELS)) p.kind = '请选择留言类别';
  text('subject', '标题', true);
  text('body', '留言内容', true);
  if (!p.body && count((form.body ?? '').trim()) < MIN_BODY) p.body = '留言内容太短，请把要反映的事情写清楚';
  Object.assign(p, namePhoneProblems(form, '请填写联系电话，工作人员办理时可能需要联系您'));
  const email = halfWidth(form.email ?? '');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) p.email = '电子邮箱的格式不对，例如 zhangsan@163.com';
  else text('email', '电子邮箱', false);
  text('address', '联系地址', false);
  if (form.consent !== 'yes' && form.consent !== 'no') p.consent = '请选择是否同意公开您的留言和答复';
  return p;
}

function WriteForm(props: {
  frame: Frame;
  boxes: MailboxRow[];
  form: Form;
  problems: FieldProblems;
  challenge: Challenge;
}) {
  const { frame, boxes, form, problems, challenge } = props;
  const box = boxes.find((b) => b.id === form.mailboxId);
  return (
    <Layout {...frame} title={box ? `写信：${box.name}` : '我要写信'}>
      <Breadcrumb trail={[{ label: '互动交流', href: '/messages' }, { label: '我要写信' }]} />
      <h1>{box ? `写信：${box.name}` : '我要写信'}</h1>
      {box?.description && <p>{box.description}</p>}
      <p>
        提交后会得到留言编号和查询码，凭此查询办理进度、查看答复并作出评价。
        {box && `本信箱一般在 ${box.answerWorkdays} 个工作日内答复。`}
        涉及诉讼、仲裁、信访或申请获取政府信息的事项，请通过相应的法定渠道提出。
      </p>
      <ProblemSummary title="留言未提交，请修改以下内容：" problems={problems} labels={LABELS} />
      <form class="apply-form" method="post" action="/messages/write" enctype="multipart/form-data" novalidate>
        <p class={problems.mailboxId ? 'field field-invalid' : 'field'}>
          <label for="f-mailboxId">
            信箱<span class="required">（必填）</span>
          </label>
          {problems.mailboxId && (
            <span class="field-error" id="e-mailboxId">
              {problems.mailboxId}
            </span>
          )}
          <select
            id="f-mailboxId"
            name="mailboxId"
            required
            aria-describedby={problems.mailboxId ? 'e-mailboxId' : undefined}
            aria-invalid={problems.mailboxId ? 'true' : undefined}
          >
            <option value="">请选择</option>
            {boxes.map((b) => (
              <option value={b.id} selected={b.id === form.mailboxId}>
                {b.name}（{b.answerWorkdays} 个工作日内答复）
              </option>
            ))}
          </select>
        </p>
        {(!box || !box.kind) && (
          <Choice name="kind" legend="留言类别" options={MESSAGE_KIND_LABELS} form={form} error={problems.kind} />
        )}
        {!box && <p class="hint">所选信箱已限定类别的（如“我要投诉”），以信箱的类别为准。</p>}
        <fieldset>
          <legend>留言内容</legend>
          <Field
            name="subject"
            label="标题"
            form={form}
            required
            maxLength={LIMITS.subject}
            hint="用一句话说明事情，例如“某小区门口路灯不亮”"
            error={problems.subject}
          />
          <Field
            name="body"
            label="留言内容"
            form={form}
            required
            multiline
            maxLength={LIMITS.body}
            hint={`请写明时间、地点和具体事情，不超过 ${LIMITS.body} 字`}
            error={problems.body}
          />
          <FileField
            name="attachments"
            label="附件（可不上传）"
            hint={`照片、PDF 或 Word 等文件，最多 ${MAX_MESSAGE_ATTACHMENTS} 个，每个不超过 5 MB；附件只给办理人员看，不会公开`}
            accept="image/png,image/jpeg,image/gif,application/pdf,.doc,.docx,.xls,.xlsx,.wps"
            multiple
            error={problems.attachments}
          />
        </fieldset>
        <fieldset>
          <legend>您的联系方式（不会公开）</legend>
          <Field name="name" label="姓名" form={form} required autocomplete="name" error={problems.name} />
          <Field
            name="phone"
            label="联系电话"
            form={form}
            required
            type="tel"
            autocomplete="tel"
            error={problems.phone}
          />
          <Field
            name="email"
            label="电子邮箱（可不填）"
            form={form}
            type="email"
            autocomplete="email"
            error={problems.email}
          />
          <Field
            name="address"
            label="联系地址（可不填）"
            form={form}
            autocomplete="street-address"
            error={problems.address}
          />
        </fieldset>
        <Choice
          name="consent"
          legend="是否同意公开您的留言和答复"
          options={{ yes: '同意公开（隐去姓名、电话等个人信息）', no: '不同意公开' }}
          form={form}
          error={problems.consent}
        />
        <ChallengeFields challenge={challenge} error={problems.answer} />
        <p>
          <button type="submit">提交留言</button>
        </p>
      </form>
    </Layout>
  );
}

function SubmittedPage(props: { frame: Frame; trackingNo: string; queryCode: string; dueOn: string | null }) {
  const { frame, trackingNo, queryCode, dueOn } = props;
  return (
    <Layout {...frame} title="留言已提交">
      <Breadcrumb trail={[{ label: '互动交流', href: '/messages' }, { label: '留言已提交' }]} />
      <h1>留言已提交</h1>
      <table class="meta-table">
        <caption>请记下留言编号和查询码，查询码只显示这一次</caption>
        <tbody>
          <tr>
            <th scope="row">留言编号</th>
            <td>{trackingNo}</td>
          </tr>
          <tr>
            <th scope="row">查询码</th>
            <td>{queryCode}</td>
          </tr>
          <tr>
            <th scope="row">预计答复日期</th>
            <td>{dueOn ? `${dueOn} 前（受理后开始办理）` : '受理后开始计算'}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <a href="/messages/status">查询办理进度和答复</a>
      </p>
    </Layout>
  );
}

type Status = Awaited<ReturnType<MessagesService['publicStatus']>>;

function StatusPage(props: {
  frame: Frame;
  trackingNo: string;
  queryCode?: string;
  error?: string;
  status?: Status;
  ratingError?: string;
}) {
  const { frame, trackingNo, queryCode, error, status, ratingError } = props;
  return (
    <Layout {...frame} title="留言查询">
      <Breadcrumb trail={[{ label: '互动交流', href: '/messages' }, { label: '留言查询' }]} />
      <h1>留言查询</h1>
      {/* POST keeps the query code out of addresses, histories and logs. */}
      <form class="filters" method="post" action="/messages/status">
        <label for="s-no">
          留言编号
          <input id="s-no" name="trackingNo" value={trackingNo} required autocomplete="off" />
        </label>
        <label for="s-code">
          查询码
          <input id="s-code" name="queryCode" required autocomplete="off" />
        </label>
        <button type="submit">查询</button>
      </form>
      {error && (
        <p class="form-errors" role="alert">
          {error}
        </p>
      )}
      {status && (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">{status.subject}</h2>
          <table class="meta-table">
            <tbody>
              <tr>
                <th scope="row">留言编号</th>
                <td>{status.trackingNo}</td>
              </tr>
              <tr>
                <th scope="row">留言日期</th>
                <td>{status.receivedOn}</td>
              </tr>
              <tr>
                <th scope="row">办理状态</th>
                <td>{status.stateLabel}</td>
              </tr>
              {status.dueOn && (
                <tr>
                  <th scope="row">答复期限</th>
                  <td>{status.dueOn}</td>
                </tr>
              )}
              {status.rating && (
                <tr>
                  <th scope="row">您的评价</th>
                  <td>
                    {RATING_LABELS[status.rating]}
                    {status.reopened && '（已重新交办，请等待再次答复）'}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          {status.answer && (
            <>
              <h3>
                答复{status.department && `（${status.department}，${status.answeredOn}）`}
                {!status.department && status.answeredOn && `（${status.answeredOn}）`}
              </h3>
              <div class="answer-text">
                {status.answer.split('\n').map((line) => (
                  <p>{line}</p>
                ))}
              </div>
            </>
          )}
          {status.mayRate && queryCode && (
            <form class="apply-form" method="post" action="/messages/rate">
              <input type="hidden" name="trackingNo" value={status.trackingNo} />
              <input type="hidden" name="queryCode" value={queryCode} />
              <Choice name="rating" legend="您对答复是否满意" options={RATING_LABELS} form={{}} error={ratingError} />
              <Field
                name="note"
                label="意见（可不填）"
                form={{}}
                multiline
                maxLength={500}
                hint="选择“不满意”时请写明原因，留言会重新交办一次"
              />
              <p>
                <button type="submit">提交评价</button>
              </p>
            </form>
          )}
        </section>
      )}
    </Layout>
  );
}

function LandingPage(props: {
  frame: Frame;
  boxes: MailboxRow[];
  latest: Published['items'];
  stats: Statistics;
  consultations: { id: string; title: string; closesOn: string }[];
}) {
  const { frame, boxes, latest, stats, consultations } = props;
  return (
    <Layout {...frame} title="互动交流">
      <Breadcrumb trail={[{ label: '互动交流' }]} />
      <h1>互动交流</h1>
      <section aria-labelledby="boxes-heading">
        <h2 id="boxes-heading">信箱</h2>
        <ul class="box-list">
          {boxes.map((b) => (
            <li>
              <h3>
                <a href={`/messages/write?box=${b.id}`}>{b.name}</a>
              </h3>
              {b.description && <p>{b.description}</p>}
              <p class="hint">一般在 {b.answerWorkdays} 个工作日内答复</p>
            </li>
          ))}
        </ul>
        <p>
          <a href="/messages/status">查询我的留言</a>
        </p>
      </section>
      <section aria-labelledby="consultations-heading">
        <h2 id="consultations-heading">征集意见</h2>
        {consultations.length === 0 ? (
          <p>目前没有正在征集意见的事项。</p>
        ) : (
          <ul class="answer-list">
            {consultations.map((p) => (
              <li>
                <a href={`/public-comments/${p.id}`}>{p.title}</a>
                <span class="answer-meta">{p.closesOn} 截止</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href="/public-comments">全部征集和采纳情况反馈</a>
        </p>
        <p>
          <a href="/interviews">在线访谈与新闻发布会</a>
        </p>
        <p>
          <a href="/media-accounts">政务新媒体</a>
        </p>
      </section>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">留言答复选登</h2>
        <AnswerList items={latest} boxes={boxes} />
        <p>
          <a href="/messages/answers">更多答复</a>
        </p>
      </section>
      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading">本月办理情况</h2>
        <p>
          {stats.month.replace('-', ' 年 ')} 月：收到留言 {stats.received} 件，办结 {stats.closed} 件，按期办结率{' '}
          {percent(stats.onTimeRate)}，满意率 {percent(stats.satisfactionRate)}。
          <a href="/messages/statistics">历月统计</a>
        </p>
      </section>
    </Layout>
  );
}

type Published = Awaited<ReturnType<MessagesService['published']>>;

function AnswerList({ items, boxes }: { items: Published['items']; boxes: MailboxRow[] }) {
  if (items.length === 0) return <p>暂无公开的答复。</p>;
  const boxName = (id: string) => boxes.find((b) => b.id === id)?.name ?? '';
  // A list rather than a five-column table: it reads on a 390 px phone without sideways scrolling.
  return (
    <ul class="answer-list">
      {items.map((m) => (
        <li>
          <a href={`/messages/answers/${m.trackingNo}`}>{m.publication.subject}</a>
          <span class="answer-meta">
            {boxName(m.mailboxId)} · 受理日期 {m.receivedOn} · 答复日期 {m.publication.answeredOn} · 答复单位{' '}
            {m.publication.department}
          </span>
        </li>
      ))}
    </ul>
  );
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** The twelve months up to `month` (YYYY-MM), newest first. */
function monthsUpTo(month: string, n: number): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

export async function messagePages(
  app: App,
  deps: {
    sites: SitesService;
    columns: ColumnsService;
    mailboxes: MailboxesService;
    messages: MessagesService;
    publicComments: PublicCommentsService;
    clock: Clock;
    /** Signs the form's question, so the answer cannot be read from the page's hidden field. */
    secret: string;
    rateLimits: RateLimits;
    /** Submissions per visitor address and minute: enough for a person, not for a script. */
    perMinute: number;
  },
): Promise<void> {
  const { sites, columns, mailboxes, messages, publicComments, clock, secret, rateLimits, perMinute } = deps;
  const siteOf = (request: FastifyRequest): Promise<Site> => sites.forPortal(request.hostname);
  const thisMonth = () => chinaDate(clock.now()).slice(0, 7);
  const writePage = async (request: FastifyRequest, site: Site, form: Form, problems: FieldProblems) => (
    <WriteForm
      frame={await frameFor(request, site, columns)}
      boxes={await mailboxes.list(site.id)}
      form={form}
      problems={problems}
      challenge={newChallenge(secret, clock.now())}
    />
  );

  app.get('/messages', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    const [boxes, latest, stats, consultations] = await Promise.all([
      mailboxes.list(site.id),
      messages.published(site.id, { page: 1, pageSize: 10 }),
      messages.statistics(site.id, thisMonth()),
      publicComments.published(site.id),
    ]);
    const frame = await frameFor(request, site, columns);
    const open = consultations.filter((p) => p.phase === 'open');
    return sendPage(
      reply,
      <LandingPage frame={frame} boxes={boxes} latest={latest.items} stats={stats} consultations={open} />,
    );
  });

  // The footer's 我要纠错: the write form with the 网站纠错 box chosen, while the site keeps one.
  app.get('/messages/correction', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    const box = (await mailboxes.list(site.id)).find((b) => b.name === CORRECTION_MAILBOX.name);
    return reply.redirect(box ? `/messages/write?box=${box.id}` : '/messages/write');
  });

  app.get<{ Querystring: { box?: string } }>('/messages/write', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    return sendPage(reply, await writePage(request, site, { mailboxId: String(request.query.box ?? '') }, {}));
  });

  await app.register(async (scoped) => {
    await rateLimits.register(scoped, 'message-write', perMinute);
    scoped.post('/messages/write', { schema: { hide: true } }, async (request, reply) => {
      const site = await siteOf(request);
      // A couple of files over the limit are still read, so the writer is told at the field.
      const read = await readMultipartForm(request, {
        maxFields: 20,
        maxFiles: MAX_MESSAGE_ATTACHMENTS + 2,
        maxFileBytes: MAX_MESSAGE_ATTACHMENT_BYTES,
        fileField: 'attachments',
      });
      const form = read.form;
      const boxes = await mailboxes.list(site.id);
      const box = boxes.find((b) => b.id === form.mailboxId);
      const problems: FieldProblems = { ...problemsOf(form, box), ...read.problems };
      const guard = challengeProblem(form, secret, clock.now());
      if (guard) problems.answer = guard;
      const uploads = read.files.filter((f) => f.field === 'attachments');
      await checkUploads(uploads).catch((error: unknown) => {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        problems.attachments = error.message;
      });
      if (Object.keys(problems).length > 0) return sendPage(reply, await writePage(request, site, form, problems), 400);
      const input: OnlineMessageBody = {
        mailboxId: box!.id,
        ...(box!.kind ? {} : { kind: form.kind as MessageKind }),
        subject: form.subject!.trim(),
        body: form.body!.trim(),
        writer: {
          name: form.name!.trim(),
          phone: halfWidth(form.phone!),
          email: halfWidth(form.email ?? ''),
          address: (form.address ?? '').trim(),
        },
        consentToPublish: form.consent === 'yes',
      };
      try {
        const created = await messages.submitOnline(site.id, input, uploads);
        const status = await messages.publicStatus(site.id, created.trackingNo, created.queryCode);
        const frame = await frameFor(request, site, columns);
        return sendPage(
          reply,
          <SubmittedPage
            frame={frame}
            trackingNo={created.trackingNo}
            queryCode={created.queryCode}
            dueOn={status.dueOn}
          />,
          201,
        );
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        const field = error.details?.[0]?.field ?? 'answer';
        return sendPage(reply, await writePage(request, site, form, { [field]: error.message }), 400);
      }
    });
  });

  app.get('/messages/status', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    return sendPage(reply, <StatusPage frame={await frameFor(request, site, columns)} trackingNo="" />);
  });

  await app.register(async (scoped) => {
    await rateLimits.register(scoped, 'message-status', perMinute * 4);
    /** Shows the writer's status after `act`, or why it cannot be shown, without saying which half was wrong. */
    const lookUp = async (
      request: FastifyRequest,
      act: (site: Site, no: string, code: string) => Promise<Status>,
      ratingError?: string,
    ) => {
      const site = await siteOf(request);
      const body = (request.body ?? {}) as Form;
      const trackingNo = String(body.trackingNo ?? '').slice(0, 40);
      const queryCode = String(body.queryCode ?? '').slice(0, 40);
      const frame = await frameFor(request, site, columns);
      try {
        const status = await act(site, trackingNo, queryCode);
        const page = <StatusPage {...{ frame, trackingNo, queryCode, status, ratingError }} />;
        return { page, code: ratingError ? 400 : 200 };
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        return { page: <StatusPage frame={frame} trackingNo={trackingNo} error={error.message} />, code: 404 };
      }
    };
    scoped.post('/messages/status', { schema: { hide: true } }, async (request, reply) => {
      const { page, code } = await lookUp(request, (site, no, queryCode) =>
        messages.publicStatus(site.id, no, queryCode),
      );
      return sendPage(reply, page, code);
    });
    scoped.post('/messages/rate', { schema: { hide: true } }, async (request, reply) => {
      const body = (request.body ?? {}) as Form;
      const rating = String(body.rating ?? '') as Rating;
      const note = String(body.note ?? '').slice(0, 500);
      const { page, code } = RATINGS.includes(rating)
        ? await lookUp(request, (site, no, queryCode) => messages.rate(site.id, no, queryCode, rating, note))
        : await lookUp(
            request,
            (site, no, queryCode) => messages.publicStatus(site.id, no, queryCode),
            '请选择“满意”“基本满意”或“不满意”后再提交',
          );
      return sendPage(reply, page, code);
    });
  });

  app.get<{ Querystring: { box?: string; page?: string } }>(
    '/messages/answers',
    { schema: { hide: true } },
    async (request, reply) => {
      const site = await siteOf(request);
      const boxes = await mailboxes.list(site.id);
      const box = boxes.find((b) => b.id === request.query.box);
      const page = Math.max(1, Math.min(1000, Number(request.query.page) || 1));
      const pageSize = 20;
      const published = await messages.published(site.id, { mailboxId: box?.id, page, pageSize });
      const frame = await frameFor(request, site, columns);
      const href = (p: number) => `/messages/answers?${box ? `box=${box.id}&` : ''}page=${p}`;
      return sendPage(
        reply,
        <Layout {...frame} title="留言答复选登">
          <Breadcrumb trail={[{ label: '互动交流', href: '/messages' }, { label: '留言答复选登' }]} />
          <h1>留言答复选登{box && `：${box.name}`}</h1>
          <nav class="facet-links" aria-label="按信箱查看">
            <a href="/messages/answers" aria-current={box ? undefined : 'page'}>
              全部
            </a>
            {boxes.map((b) => (
              <a href={`/messages/answers?box=${b.id}`} aria-current={b.id === box?.id ? 'page' : undefined}>
                {b.name}
              </a>
            ))}
          </nav>
          <AnswerList items={published.items} boxes={boxes} />
          <Pager page={page} pages={Math.ceil(published.total / pageSize)} href={href} />
        </Layout>,
      );
    },
  );

  app.get<{ Params: { trackingNo: string } }>(
    '/messages/answers/:trackingNo',
    { schema: { hide: true } },
    async (request, reply) => {
      const site = await siteOf(request);
      const m = await messages.publishedOne(site.id, request.params.trackingNo.slice(0, 40));
      const box = (await mailboxes.list(site.id)).find((b) => b.id === m.mailboxId);
      const frame = await frameFor(request, site, columns);
      const paragraphs = (text: string) => text.split('\n').map((line) => <p>{line}</p>);
      return sendPage(
        reply,
        <Layout {...frame} title={m.publication.subject}>
          <Breadcrumb
            trail={[
              { label: '互动交流', href: '/messages' },
              { label: '留言答复选登', href: '/messages/answers' },
              { label: m.publication.subject },
            ]}
          />
          <h1>{m.publication.subject}</h1>
          <table class="meta-table">
            <tbody>
              <tr>
                <th scope="row">留言编号</th>
                <td>{m.trackingNo}</td>
              </tr>
              <tr>
                <th scope="row">信箱</th>
                <td>{box?.name ?? ''}</td>
              </tr>
              <tr>
                <th scope="row">类别</th>
                <td>{MESSAGE_KIND_LABELS[m.kind]}</td>
              </tr>
              <tr>
                <th scope="row">受理日期</th>
                <td>{m.receivedOn}</td>
              </tr>
              <tr>
                <th scope="row">答复日期</th>
                <td>{m.publication.answeredOn}</td>
              </tr>
              <tr>
                <th scope="row">答复单位</th>
                <td>{m.publication.department}</td>
              </tr>
            </tbody>
          </table>
          <h2>留言内容</h2>
          <div class="answer-text">{paragraphs(m.publication.body)}</div>
          <h2>答复内容</h2>
          <div class="answer-text">{paragraphs(m.publication.answer)}</div>
        </Layout>,
      );
    },
  );

  app.get('/messages/statistics', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    const months = monthsUpTo(thisMonth(), 12);
    const rows = await Promise.all(months.map((m) => messages.statistics(site.id, m)));
    const frame = await frameFor(request, site, columns);
    return sendPage(
      reply,
      <Layout {...frame} title="留言办理统计">
        <Breadcrumb trail={[{ label: '互动交流', href: '/messages' }, { label: '留言办理统计' }]} />
        <h1>留言办理统计</h1>
        <p>
          办结指当月作出答复的有效留言；按期办结率为其中在答复期限内答复的比例；满意率为留言人评价“满意”和“基本满意”占全部评价的比例。
        </p>
        <div class="table-scroll" tabindex={0} role="region" aria-label="近 12 个月留言办理统计">
          <table class="catalogue">
            <caption>近 12 个月</caption>
            <thead>
              <tr>
                <th scope="col">月份</th>
                <th scope="col">收到</th>
                <th scope="col">有效</th>
                <th scope="col">办结</th>
                <th scope="col">按期办结</th>
                <th scope="col">按期办结率</th>
                <th scope="col">评价</th>
                <th scope="col">满意率</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr>
                  <th scope="row">{s.month}</th>
                  <td>{s.received}</td>
                  <td>{s.valid}</td>
                  <td>{s.closed}</td>
                  <td>{s.closedOnTime}</td>
                  <td>{percent(s.onTimeRate)}</td>
                  <td>{s.rated}</td>
                  <td>{percent(s.satisfactionRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Layout>,
    );
  });
}
