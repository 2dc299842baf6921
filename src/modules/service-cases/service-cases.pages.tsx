import type { FastifyRequest } from 'fastify';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { AppError } from '../../platform/http/errors.js';
import type { RateLimits } from '../../platform/http/rate-limit.js';
import type { App } from '../../platform/http/types.js';
import { Choice, Field } from '../../portal/forms.js';
import { Layout } from '../../portal/layout.js';
import { sendPage } from '../../portal/render.js';
import { Breadcrumb, frameFor, type Frame } from '../columns/columns.pages.js';
import type { ColumnsService } from '../columns/columns.service.js';
import type { Site, SitesService } from '../sites/sites.service.js';
import type { ServiceCaseFigures } from './service-cases.figures.js';
import { BAD_RATING_REASONS, RATING_LEVELS, type RatingLevel } from './service-cases.model.js';
import type { ServiceCasesService } from './service-cases.service.js';

/**
 * The applicant's side of 办件: progress by number and query code (posted, never in an address),
 * the rating once finished; and the public figures — 办件结果公示, the 3550 board, 好差评.
 */
type Status = Awaited<ReturnType<ServiceCasesService['publicStatus']>>;
type Body = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => String(Array.isArray(v) ? v[0] : (v ?? '')).slice(0, 40);
const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const LEVEL_OPTIONS = Object.fromEntries(
  ([5, 4, 3, 2, 1] as RatingLevel[]).map((l) => [String(l), RATING_LEVELS[l]]),
) as Record<string, string>;

interface Rating {
  level?: string;
  reasons?: string[];
  levelError?: string;
  reasonsError?: string;
  /** Just rated: thank the applicant and say what happens to a 差评. */
  thanked?: boolean;
}

function ProgressPage(props: {
  frame: Frame;
  caseNo: string;
  queryCode?: string;
  error?: string;
  status?: Status;
  rating?: Rating;
}) {
  const { frame, caseNo, queryCode, error, status, rating = {} } = props;
  return (
    <Layout {...frame} title="办件查询">
      <Breadcrumb trail={[{ label: '办事服务', href: '/services' }, { label: '办件查询' }]} />
      <h1>办件查询</h1>
      <form class="filters" method="post" action="/services/progress">
        <label for="p-no">
          办件编号
          <input id="p-no" name="caseNo" value={caseNo} required autocomplete="off" />
        </label>
        <label for="p-code">
          查询码
          <input id="p-code" name="queryCode" required autocomplete="off" />
        </label>
        <button type="submit">查询</button>
      </form>
      <p class="hint">办件编号和查询码印在窗口出具的受理回执上。</p>
      {error && (
        <p class="form-errors" role="alert">
          {error}
        </p>
      )}
      {status && (
        <section aria-labelledby="case-heading">
          <h2 id="case-heading">{status.itemName}</h2>
          <table class="meta-table">
            <tbody>
              <tr>
                <th scope="row">办件编号</th>
                <td>{status.caseNo}</td>
              </tr>
              <tr>
                <th scope="row">受理日期</th>
                <td>{status.receivedOn}</td>
              </tr>
              {status.dueOn && (
                <tr>
                  <th scope="row">承诺办结</th>
                  <td>
                    {status.dueOn} 前（{status.committedDays} 个工作日）
                  </td>
                </tr>
              )}
              <tr>
                <th scope="row">办理状态</th>
                <td>
                  {status.finishedOn
                    ? `${status.finishedOn} 办结：${status.resultLabel ?? ''}${status.onTime === false ? '（超过承诺时限）' : ''}`
                    : status.overdue
                      ? '办理中（已超过承诺时限）'
                      : '办理中'}
                </td>
              </tr>
              {status.rating && (
                <tr>
                  <th scope="row">您的评价</th>
                  <td>{status.rating.label}</td>
                </tr>
              )}
            </tbody>
          </table>
          {rating.thanked && status.rating && (
            <p class="notice" role="status">
              感谢您的评价。
              {status.rating.followUpDueOn &&
                `承办部门将核实您反映的问题，并在 ${status.rating.followUpDueOn} 前整改反馈。`}
            </p>
          )}
          <h3>办理过程</h3>
          <ol>
            {status.steps.map((s) => (
              <li>
                {s.on} {s.name}
                {s.note && `：${s.note}`}
              </li>
            ))}
          </ol>
          {status.mayRate && queryCode && (
            <form class="apply-form" method="post" action="/services/progress/rating">
              <input type="hidden" name="caseNo" value={status.caseNo} />
              <input type="hidden" name="queryCode" value={queryCode} />
              <Choice
                name="level"
                legend="请评价这次办事"
                options={LEVEL_OPTIONS}
                form={{ level: rating.level ?? '' }}
                error={rating.levelError}
              />
              <fieldset
                class={rating.reasonsError ? 'choice field-invalid' : 'choice'}
                aria-describedby={rating.reasonsError ? 'e-reasons' : undefined}
              >
                <legend>选择“不满意”或“非常不满意”时，请选择原因（可多选）</legend>
                {rating.reasonsError && (
                  <span class="field-error" id="e-reasons">
                    {rating.reasonsError}
                  </span>
                )}
                {BAD_RATING_REASONS.map((r) => (
                  <label>
                    <input type="checkbox" name="reasons" value={r} checked={rating.reasons?.includes(r)} /> {r}
                  </label>
                ))}
              </fieldset>
              <Field name="comment" label="意见和建议（可不填）" form={{}} multiline maxLength={500} />
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

export async function serviceCasePages(
  app: App,
  deps: {
    sites: SitesService;
    columns: ColumnsService;
    serviceCases: ServiceCasesService;
    serviceCaseFigures: ServiceCaseFigures;
    clock: Clock;
    rateLimits: RateLimits;
    perMinute: number;
  },
): Promise<void> {
  const { sites, columns, serviceCases, serviceCaseFigures, clock, rateLimits, perMinute } = deps;
  const siteOf = (request: FastifyRequest): Promise<Site> => sites.forPortal(request.hostname);

  app.get('/services/progress', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    return sendPage(reply, <ProgressPage frame={await frameFor(request, site, columns)} caseNo="" />);
  });

  await app.register(async (scoped) => {
    // Guessing query codes is slowed down like the other look-ups.
    await rateLimits.register(scoped, 'service-case-status', perMinute * 4);
    const answer = async (
      request: FastifyRequest,
      act: (siteId: string, caseNo: string, code: string) => Promise<Status>,
      rating: Rating = {},
    ) => {
      const site = await siteOf(request);
      const body = (request.body ?? {}) as Body;
      const caseNo = one(body.caseNo);
      const queryCode = one(body.queryCode);
      const frame = await frameFor(request, site, columns);
      try {
        const status = await act(site.id, caseNo, queryCode);
        return {
          page: <ProgressPage {...{ frame, caseNo, queryCode, status, rating }} />,
          code: rating.levelError || rating.reasonsError ? 400 : 200,
        };
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        return { page: <ProgressPage frame={frame} caseNo={caseNo} error={error.message} />, code: 404 };
      }
    };
    scoped.post('/services/progress', { schema: { hide: true } }, async (request, reply) => {
      const { page, code } = await answer(request, (siteId, no, qc) => serviceCases.publicStatus(siteId, no, qc));
      return sendPage(reply, page, code);
    });
    scoped.post('/services/progress/rating', { schema: { hide: true } }, async (request, reply) => {
      const body = (request.body ?? {}) as Body;
      const level = Number(one(body.level));
      const reasons = (Array.isArray(body.reasons) ? body.reasons : body.reasons ? [body.reasons] : []).filter(
        (r): r is (typeof BAD_RATING_REASONS)[number] => (BAD_RATING_REASONS as readonly string[]).includes(r),
      );
      const comment = String((Array.isArray(body.comment) ? body.comment[0] : body.comment) ?? '').slice(0, 500);
      const chosen = { level: one(body.level), reasons };
      const problem: Rating = ![1, 2, 3, 4, 5].includes(level)
        ? { ...chosen, levelError: '请选择一项评价' }
        : level <= 2 && reasons.length === 0
          ? { ...chosen, reasonsError: '选择“不满意”或“非常不满意”时，请至少选择一项原因' }
          : {};
      const { page, code } =
        problem.levelError || problem.reasonsError
          ? await answer(request, (siteId, no, qc) => serviceCases.publicStatus(siteId, no, qc), problem)
          : await answer(
              request,
              (siteId, no, qc) => serviceCases.rate(siteId, no, qc, { level: level as RatingLevel, reasons, comment }),
              { thanked: true },
            );
      return sendPage(reply, page, code);
    });
  });

  app.get<{ Querystring: { month?: string } }>(
    '/services/figures',
    { schema: { hide: true } },
    async (request, reply) => {
      const site = await siteOf(request);
      const thisMonth = chinaDate(clock.now()).slice(0, 7);
      const asked = String(request.query.month ?? '');
      const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : thisMonth;
      const [results, board, ratings, frame] = await Promise.all([
        serviceCaseFigures.results(site.id, month),
        serviceCaseFigures.board3550(site.id, Number(month.slice(0, 4))),
        serviceCaseFigures.ratings(site.id, month),
        frameFor(request, site, columns),
      ]);
      const upTo = board[0]!.months.filter((m) => m.month <= month);
      return sendPage(
        reply,
        <Layout {...frame} title={`办件结果公示（${month}）`}>
          <Breadcrumb trail={[{ label: '办事服务', href: '/services' }, { label: '办件结果公示' }]} />
          <h1>办件结果公示（{month}）</h1>
          <form class="filters" method="get" action="/services/figures">
            <label for="f-month">
              月份
              <input id="f-month" name="month" type="month" value={month} />
            </label>
            <button type="submit">查看</button>
          </form>
          <h2>各事项办件情况</h2>
          <p>
            当月受理 {results.total.received} 件，办结 {results.total.finished} 件，其中按承诺时限办结{' '}
            {results.total.onTime} 件。
          </p>
          <div class="table-scroll" tabindex={0} role="region" aria-label="各事项办件情况">
            <table class="catalogue">
              <thead>
                <tr>
                  <th scope="col">事项</th>
                  <th scope="col">受理</th>
                  <th scope="col">办结</th>
                  <th scope="col">按时办结</th>
                  <th scope="col">按时办结率</th>
                </tr>
              </thead>
              <tbody>
                {results.items.map((r) => (
                  <tr>
                    <th scope="row">
                      <a href={`/services/${encodeURIComponent(r.itemCode)}`}>{r.itemName}</a>
                    </th>
                    <td>{r.received}</td>
                    <td>{r.finished}</td>
                    <td>{r.onTime}</td>
                    <td>{percent(r.onTimeRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>“3550”办理时间（工作日）</h2>
          <div class="table-scroll" tabindex={0} role="region" aria-label="3550 办理时间">
            <table class="catalogue">
              <thead>
                <tr>
                  <th scope="col">月份</th>
                  {board.map((b) => (
                    <th scope="col">
                      {b.label}（承诺 {b.targetDays} 个工作日）
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {upTo.map((m, i) => (
                  <tr>
                    <th scope="row">{m.month}</th>
                    {board.map((b) => {
                      const cell = b.months[i]!;
                      return (
                        <td>
                          {cell.finished === 0
                            ? '—'
                            : `${cell.finished} 件，平均 ${cell.averageDays}，最长 ${cell.maxDays}${cell.overTarget ? `，超时 ${cell.overTarget} 件` : ''}`}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>好差评</h2>
          <p>
            当月评价 {ratings.rated} 件，好评率 {percent(ratings.goodRate)}；差评 {ratings.bad} 件，已整改反馈{' '}
            {ratings.followedUp} 件。
          </p>
          <ul>
            {ratings.levels.map((l) => (
              <li>
                {l.label}：{l.count} 件
              </li>
            ))}
          </ul>
        </Layout>,
      );
    },
  );
}
