import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { formatChinaTime } from '../../platform/clock/clock.js';
import { AppError, Errors } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { textToHtml } from '../../platform/text/html.js';
import { Layout } from '../../portal/layout.js';
import { sendPage } from '../../portal/render.js';
import { Breadcrumb, frameFor, type Frame } from '../columns/columns.pages.js';
import type { ColumnsService } from '../columns/columns.service.js';
import { RESULT_TYPE_LABELS } from '../search/search.service.js';
import type { Site, SitesService } from '../sites/sites.service.js';
import type { AssistantAnswer, AssistantReply, AssistantService } from './assistant.service.js';
import type { RateLimits } from '../../platform/http/rate-limit.js';

function AskForm({ question }: { question: string }) {
  return (
    <form class="search-form" method="post" action="/assistant" aria-label="向智能问答提问">
      <label for="assistant-question">您的问题</label>
      <input
        id="assistant-question"
        type="text"
        name="question"
        value={question}
        minLength={2}
        maxLength={200}
        required
        list={undefined}
      />
      <button type="submit">提问</button>
      <p class="hint">例如：低保怎么申请？公积金怎么提取？请不要填写身份证号、电话等个人信息。</p>
    </form>
  );
}

/** One answer: the question, the answer text as paragraphs, who answers for it and on what basis. */
function Answer({ answer, heading }: { answer: AssistantAnswer; heading: 'h2' | 'h3' }) {
  const Heading = heading;
  return (
    <article class="answer">
      <Heading>{heading === 'h3' ? <a href={answer.url}>{answer.question}</a> : answer.question}</Heading>
      <div dangerouslySetInnerHTML={{ __html: textToHtml(answer.answer) }} />
      <p class="meta">
        答复单位：{answer.department} 更新时间：{formatChinaTime(answer.updatedAt).slice(0, 10)}
      </p>
      {answer.source && (
        <p>
          依据：<a href={answer.source.url}>{answer.source.title}</a>
        </p>
      )}
    </article>
  );
}

function AssistantPage({
  frame,
  reply,
  error,
  question,
}: {
  frame: Frame;
  reply?: AssistantReply;
  error?: string;
  question: string;
}) {
  return (
    <Layout {...frame} title="智能问答">
      <Breadcrumb trail={[{ label: '智能问答' }]} />
      <h1>智能问答</h1>
      <AskForm question={question} />
      {error && (
        <p class="notice" role="alert">
          {error}
        </p>
      )}
      {reply && (
        <section aria-labelledby="answers-heading">
          <h2 id="answers-heading">{reply.answered ? '为您找到以下答案' : '暂未找到确切答案'}</h2>
          {!reply.answered && (
            <p>
              您的问题已转给政务公开工作人员，我们会补充相关解答。您也可以通过<a href="/requests/apply">依申请公开</a>
              或拨打 12345 热线咨询。
            </p>
          )}
          {reply.answered
            ? reply.answers.map((a) => <Answer answer={a} heading="h3" />)
            : // Not sure enough to call them the answer: offered as what may help, not as "the" answer.
              reply.answers.length > 0 && (
                <section aria-labelledby="maybe-heading">
                  <h3 id="maybe-heading">以下问答可能与您的问题相关</h3>
                  <ul class="doc-list">
                    {reply.answers.map((a) => (
                      <li>
                        <a href={a.url}>{a.question}</a>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
          {reply.documents.length > 0 && (
            <section aria-labelledby="related-heading">
              <h2 id="related-heading">相关信息</h2>
              <ul class="doc-list">
                {reply.documents.map((d) => (
                  <li>
                    <a href={d.url}>{d.title}</a>
                    <span class="meta">
                      {RESULT_TYPE_LABELS[d.type] ?? d.type} {formatChinaTime(d.publishedAt).slice(0, 10)}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
      )}
    </Layout>
  );
}

/** A text field of a url-encoded form; anything else (a repeated field, nothing) reads as empty. */
function formField(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

export async function assistantPages(
  app: App,
  deps: {
    assistant: AssistantService;
    sites: SitesService;
    columns: ColumnsService;
    rateLimits: RateLimits;
    perMinute: number;
  },
): Promise<void> {
  const { assistant, sites, columns, rateLimits, perMinute } = deps;
  const siteOf = (request: FastifyRequest): Promise<Site> => sites.forPortal(request.hostname);

  app.get('/assistant', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    return sendPage(reply, <AssistantPage frame={await frameFor(request, site, columns)} question="" />);
  });

  // The question goes in a POST body: it may hold personal details, which have no place in a URL or a log.
  await app.register(async (scoped) => {
    await rateLimits.register(scoped, 'assistant-page', perMinute * 4);
    scoped.post('/assistant', { schema: { hide: true } }, async (request, reply) => {
      const site = await siteOf(request);
      const question = formField(request.body, 'question').slice(0, 200);
      const frame = await frameFor(request, site, columns);
      try {
        const answer = await assistant.ask(site.id, question);
        return sendPage(reply, <AssistantPage frame={frame} reply={answer} question={question} />);
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        return sendPage(reply, <AssistantPage frame={frame} error={error.message} question={question} />, 400);
      }
    });
  });

  app.get(
    '/assistant/entries/:id',
    { schema: { hide: true, params: Type.Object({ id: Id }) } },
    async (request, reply) => {
      const site = await siteOf(request);
      const entry = await assistant.publicEntry(site.id, request.params.id);
      if (!entry) throw Errors.NOT_FOUND();
      const frame = await frameFor(request, site, columns);
      return sendPage(
        reply,
        <Layout {...frame} title={entry.question}>
          <Breadcrumb trail={[{ label: '智能问答', href: '/assistant' }, { label: entry.question }]} />
          <h1 class="visually-hidden">{entry.question}</h1>
          <Answer answer={entry} heading="h2" />
        </Layout>,
      );
    },
  );
}
