import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import Fastify, { LogController } from 'fastify';
import { h } from 'preact';
import type { Config } from './config.js';
import { openDatabase, ping, type DatabaseHandle } from './db/database.js';
import { pendingMigrations } from './db/migrate.js';
import { systemActor } from './platform/auth/actor.js';
import { chinaDate, systemClock, type Clock } from './platform/clock/clock.js';
import { registerAuth } from './platform/http/auth.js';
import { clientErrorHandler, frameworkErrors, registerErrorHandling } from './platform/http/error-handler.js';
import { Errors } from './platform/http/errors.js';
import { registerInputCleaning } from './platform/http/input.js';
import { createRateLimits } from './platform/http/rate-limit.js';
import { purge as purgeThrottles } from './platform/throttle/throttle.js';
import { requestLogFields } from './platform/http/request-log.js';
import type { App } from './platform/http/types.js';
import { validatorCompiler } from './platform/http/validation.js';
import { frameFor } from './modules/columns/columns.pages.js';
import { ErrorPage, NotFoundPage, RetiredPage } from './portal/error-pages.js';
import { preferencesOf } from './portal/preferences.js';
import { contentVersionReader } from './platform/cache/content-version.repository.js';
import { PageCache } from './platform/cache/page-cache.js';
import { sendPage } from './portal/render.js';
import { createPageServer, pageCachingServer, requestIdOf } from './portal/serve.js';
import { createMetrics, registerMetrics, type MetricSources } from './platform/http/metrics.js';
import { createFileStore } from './platform/files/files.js';
import { createJobRunner, MAX_ATTEMPTS } from './platform/jobs/jobs.js';
import { createMailer, type Mail } from './platform/mail/mailer.js';
import { createReminders, REMINDER_JOB } from './modules/requests/requests.reminders.js';
import { workPlanPages } from './modules/work-plans/work-plans.pages.js';
import { workPlansRoutes } from './modules/work-plans/work-plans.routes.js';
import { workbenchRoutes } from './modules/workbench/workbench.routes.js';
import { createWorkbenchService } from './modules/workbench/workbench.service.js';
import {
  createWorkPlansService,
  workPlanSignals,
  REMINDER_JOB as WORK_PLAN_REMINDER_JOB,
  RETURN_JOB as WORK_PLAN_RETURN_JOB,
  REVIEW_JOB as WORK_PLAN_REVIEW_JOB,
} from './modules/work-plans/work-plans.service.js';
import { registerPortalAssets } from './portal/assets.js';
import { annualReportRoutes } from './modules/annual-report/annual-report.routes.js';
import {
  annualReportContentCheck,
  annualReportReviewCheck,
  createAnnualReportService,
} from './modules/annual-report/annual-report.service.js';
import { assistantPages } from './modules/assistant/assistant.pages.js';
import { assistantRoutes } from './modules/assistant/assistant.routes.js';
import { createAssistantService } from './modules/assistant/assistant.service.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { createAuditService } from './modules/audit/audit.service.js';
import { columnsRoutes } from './modules/columns/columns.routes.js';
import { createColumnsService } from './modules/columns/columns.service.js';
import { documentsRoutes } from './modules/documents/documents.routes.js';
import { createDocumentsService } from './modules/documents/documents.service.js';
import { departmentsRoutes } from './modules/departments/departments.routes.js';
import { createDepartmentsService } from './modules/departments/departments.service.js';
import { requestsRoutes } from './modules/requests/requests.routes.js';
import { searchPages } from './modules/search/search.pages.js';
import { searchRoutes } from './modules/search/search.routes.js';
import { createSearchService, SEARCH_REINDEX_JOB } from './modules/search/search.service.js';
import { messagesRoutes } from './modules/messages/messages.routes.js';
import { createMailboxesService } from './modules/messages/messages.mailboxes.js';
import { createMessagesService } from './modules/messages/messages.service.js';
import { publicationChecksRoutes } from './modules/publication-checks/publication-checks.routes.js';
import { createPublicationChecksService } from './modules/publication-checks/publication-checks.service.js';
import { requestPages } from './modules/requests/requests.pages.js';
import { messagePages } from './modules/messages/messages.pages.js';
import type { MessagesDeps } from './modules/messages/messages.service.js';
import { createPublicCommentsService } from './modules/public-comments/public-comments.service.js';
import { publicCommentsRoutes } from './modules/public-comments/public-comments.routes.js';
import { publicCommentPages } from './modules/public-comments/public-comments.pages.js';
import { createOpinionsService } from './modules/opinions/opinions.service.js';
import { createInterviewsService } from './modules/interviews/interviews.service.js';
import { createInterviewRecords } from './modules/interviews/interviews.records.js';
import { createServiceItemsService } from './modules/service-items/service-items.service.js';
import { createServiceItemImporter } from './modules/service-items/service-items.import.js';
import { serviceItemsRoutes } from './modules/service-items/service-items.routes.js';
import { createCertificatesService } from './modules/service-items/service-items.certificates.js';
import { serviceItemPages } from './modules/service-items/service-items.pages.js';
import { createServiceCasesService } from './modules/service-cases/service-cases.service.js';
import { createServiceCaseImporter } from './modules/service-cases/service-cases.import.js';
import { createServiceCaseFigures } from './modules/service-cases/service-cases.figures.js';
import { serviceCasesRoutes } from './modules/service-cases/service-cases.routes.js';
import { serviceCasePages } from './modules/service-cases/service-cases.pages.js';
import { interviewsRoutes } from './modules/interviews/interviews.routes.js';
import { interviewPages } from './modules/interviews/interviews.pages.js';
import { createOpinionFeeds } from './modules/opinions/opinions.feeds.js';
import { opinionsRoutes } from './modules/opinions/opinions.routes.js';
import { opinionPages } from './modules/opinions/opinions.pages.js';
import { createOpinionReminders, OPINION_REMINDER_JOB } from './modules/opinions/opinions.reminders.js';
import { createMessageReminders, MESSAGE_REMINDER_JOB } from './modules/messages/messages.reminders.js';
import { createRequestsService } from './modules/requests/requests.service.js';
import { sitePages } from './modules/sites/sites.pages.js';
import { documentPages } from './modules/documents/documents.pages.js';
import { departmentPages } from './modules/departments/departments.pages.js';
import { sitesRoutes } from './modules/sites/sites.routes.js';
import { createSiteIdentityService } from './modules/sites/site-identity.service.js';
import { createSitesService } from './modules/sites/sites.service.js';
import { createAuthService } from './modules/users/auth.service.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { createUsersService } from './modules/users/users.service.js';
import { workdaysRoutes } from './modules/workdays/workdays.routes.js';
import { createWorkdaysService } from './modules/workdays/workdays.service.js';

/** How long /readyz waits for the database before it says it is not ready. */
const READY_TIMEOUT_MS = 2000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ADMIN_DIST = path.join(root, 'admin', 'dist');

export interface BuildOptions {
  clock?: Clock;
  /** An already open database (tests, CLI); otherwise one is opened from the config and closed with the app. */
  database?: DatabaseHandle;
  /** Where log lines go instead of standard output (tests read them). */
  logStream?: { write(line: string): void };
}

/** Every service, built once and given its collaborators; `database.db` may be a transaction (the demo seed). */
export function createServices(database: Pick<DatabaseHandle, 'db' | 'dialect'>, config: Config, clock: Clock) {
  const deps = { db: database.db, clock };
  // One file store for every module that keeps files (attachments, ID proofs, photos, logos).
  const files = createFileStore(database, config.dataDir, () => clock.now());
  const columns = createColumnsService(deps);
  const sites = createSitesService({ ...deps, columns });
  const departments = createDepartmentsService(deps);
  const users = createUsersService({ ...deps, auth: config.auth, departments });
  const publicationChecks = createPublicationChecksService({
    ...deps,
    departments,
    document: (actor, id) => documents.get(actor, id).then((d) => ({ ...d, content: d.latest.content })),
    publicDocuments: (siteId) => documents.publicDocuments(siteId),
    attachmentTexts: (db, id) => documents.attachmentTexts(db, id),
  });
  /** The publication gate in the caller's transaction, with the findings a reviewer accepted. */
  const checkText: MessagesDeps['checkText'] = async (trx, actor, target, fields, accepted) => {
    if (accepted.length) await publicationChecks.acceptIn(trx, actor, target, fields, accepted);
    await publicationChecks.gate(trx, target.siteId, fields, { type: target.entityType, id: target.entityId });
  };
  const deidentifyText: MessagesDeps['deidentifyText'] = (db, siteId, text) =>
    publicationChecks.deidentifyText(db, siteId, text);
  const documents = createDocumentsService({
    ...deps,
    sites,
    departments,
    columns,
    files,
    maxAttachmentBytes: config.maxAttachmentBytes,
    publishChecks: [(trx, doc) => annualReport.publishCheck(trx, doc)],
    contentChecks: [(db, doc, content) => publicationChecks.gateDocument(db, doc, content), annualReportContentCheck()],
    reviewChecks: [annualReportReviewCheck()],
  });
  const search = createSearchService({
    ...deps,
    sources: [
      (siteId) => documents.searchEntries(siteId),
      (siteId) => assistant.searchEntries(siteId),
      (siteId) => serviceItems.searchEntries(siteId),
    ],
    // Every site's department names are words to keep whole (姑苏区行政审批局 …).
    names: async () => {
      const all = await sites.list(systemActor('检索词典'));
      return (await Promise.all(all.map((site) => departments.list(site.id)))).flat().map((d) => d.name);
    },
  });
  const assistant = createAssistantService({
    ...deps,
    search,
    documents,
    departments,
    checkText,
  });
  const requests = createRequestsService({ ...deps, sites, departments, files });
  const mailboxes = createMailboxesService({ ...deps, departments });
  const messages = createMessagesService({
    ...deps,
    departments,
    mailboxes,
    deidentifyText,
    checkText,
    files,
  });
  const publicComments = createPublicCommentsService({ ...deps, departments, deidentifyText, checkText });
  const opinions = createOpinionsService({ ...deps, departments });
  const interviews = createInterviewsService({ ...deps, deidentifyText, checkText });
  const interviewRecords = createInterviewRecords({
    ...deps,
    files,
    documents,
    checkText,
  });
  const certificates = createCertificatesService({ ...deps, departments });
  const serviceItems = createServiceItemsService({ ...deps, departments, certificates });
  const serviceItemImporter = createServiceItemImporter({ serviceItems, departments });
  const serviceCases = createServiceCasesService({ ...deps, departments, serviceItems, sites });
  const serviceCaseImporter = createServiceCaseImporter({ serviceCases, serviceItems });
  const serviceCaseFigures = createServiceCaseFigures({ ...deps, serviceItems });
  const opinionFeeds = createOpinionFeeds(deps);
  const workPlans = createWorkPlansService({
    ...deps,
    departments,
    sites,
    documents,
    signals: workPlanSignals(documents, requests),
    checkText: (db, siteId, fields) => publicationChecks.gate(db, siteId, fields),
  });
  const annualReport = createAnnualReportService({
    ...deps,
    sites,
    departments,
    columns,
    documents,
    requests,
    workPlans,
  });
  return {
    sites,
    siteIdentity: createSiteIdentityService({ ...deps, files, columns }),
    departments,
    users,
    auth: createAuthService({ ...deps, auth: config.auth }),
    audit: createAuditService({ db: database.db, departments }),
    workdays: createWorkdaysService(deps),
    columns,
    requests,
    mailboxes,
    messages,
    publicComments,
    opinions,
    opinionFeeds,
    interviews,
    interviewRecords,
    serviceItems,
    serviceItemImporter,
    certificates,
    serviceCases,
    serviceCaseImporter,
    serviceCaseFigures,
    workPlans,
    annualReport,
    workbench: createWorkbenchService({
      clock: deps.clock,
      columns,
      documents,
      requests,
      messages,
      serviceItems,
      serviceCases,
      workPlans,
      annualReport,
    }),
    documents,
    search,
    assistant,
    publicationChecks,
  };
}

export type Services = ReturnType<typeof createServices>;

/** Builds the whole application without listening, so tests can drive it with `inject()`. */
export async function buildApp(
  config: Config,
  options: BuildOptions = {},
): Promise<{
  app: App;
  services: Services;
  database: DatabaseHandle;
  jobs: {
    reminders: ReturnType<typeof createReminders>;
    messageReminders: ReturnType<typeof createMessageReminders>;
    opinionReminders: ReturnType<typeof createOpinionReminders>;
    runner: ReturnType<typeof createJobRunner>;
  };
}> {
  const clock = options.clock ?? systemClock;
  const database = options.database ?? openDatabase(config);
  const services = createServices(database, config, clock);
  const metrics = createMetrics(metricSources(database, services, clock));
  // Told of content changes by the database on PostgreSQL; `log` is the app's once it exists.
  let log: (error: Error) => void = () => undefined;
  const versions = contentVersionReader(database, (error) => log(error));
  const pages = createPageServer(
    database.db,
    (siteId) => versions.read(siteId),
    config.pageCache ? new PageCache({ trustProxy: config.trustProxy }) : null,
    (hit) => metrics.pageCache(hit),
  );

  const fastify = Fastify({
    serverFactory: pageCachingServer(pages),
    // Every log line of a request carries its id; pageCachingServer has put it in X-Request-Id.
    genReqId: requestIdOf,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    logger: {
      level: config.logLevel,
      // Credentials never reach a log line.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
      serializers: { req: requestLogFields },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    // A number of proxies is given to Fastify as "believe the first n hops" (its types do not list numbers).
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    bodyLimit: 1024 * 1024,
    frameworkErrors,
    clientErrorHandler,
    routerOptions: { ignoreTrailingSlash: true },
  });
  fastify.setValidatorCompiler(validatorCompiler);
  database.onConnectionError((err) => fastify.log.warn({ err }, 'database connection lost; the next query reconnects'));
  log = (err) => fastify.log.warn({ err }, 'content-version listener lost; pages check the database until it is back');
  const app: App = fastify.withTypeProvider<TypeBoxTypeProvider>();

  // The API speaks JSON and the portal's forms are url-encoded; plain text is refused with 415.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  await app.register(formbody);
  // Uploads: one file per request, a little over the limit so an oversized file is recognised and refused.
  await app.register(multipart, { limits: { files: 1, fileSize: config.maxAttachmentBytes + 1, fields: 5 } });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'gongkai 政务公开平台 API', version: '1', description: '错误统一为 {"error":{"code","message"}}' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'gk_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
  });

  registerAuth(
    app,
    {
      bySession: (token, request) => services.auth.actorForSession(token, request.ip),
      byApiToken: (token, request) => services.auth.actorForApiToken(token, request.ip),
    },
    config.sessionSecret,
  );

  registerInputCleaning(app);
  app.addHook('onRequest', async (request, reply) => void reply.header('x-request-id', request.id));
  registerMetrics(app, metrics, config.metricsToken);
  const rateLimits = createRateLimits(database.db, clock);

  registerErrorHandling(app, async (request, reply, error) => {
    // While the database is away, the error page does not wait for it a second time.
    const site =
      error.status === 503 ? undefined : await services.sites.forHost(request.hostname).catch(() => undefined);
    // A retired site shows its notice and nothing to click on.
    if (error.code === 'SITE_RETIRED' && site)
      return sendPage(
        reply,
        h(RetiredPage, { frame: { site, prefs: preferencesOf(request) }, notice: error.message }),
        410,
      );
    // The site's navigation and the visitor's 适老版, so a wrong turn is not a dead end.
    const frame = site
      ? await frameFor(request, site, services.columns).catch(() => ({ site, prefs: preferencesOf(request) }))
      : { site: null, prefs: preferencesOf(request) };
    const page =
      error.status === 404
        ? h(NotFoundPage, { frame, message: error.code === 'NOT_FOUND' ? undefined : error.message })
        : h(ErrorPage, { frame, status: error.status, message: error.message });
    return sendPage(reply, page, error.status);
  });

  app.get('/healthz', { schema: { hide: true, response: { 200: Type.Object({ status: Type.String() }) } } }, () =>
    Promise.resolve({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    { schema: { hide: true, response: { 200: Type.Object({ status: Type.String(), database: Type.String() }) } } },
    async () => {
      // Answers within a bound whatever the database does, and says why it is not ready.
      const bounded = <T>(work: Promise<T>) =>
        Promise.race([
          work,
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS).unref()),
        ]);
      let pending: string[];
      try {
        await bounded(ping(database.db));
        pending = await bounded(pendingMigrations(database.db));
      } catch (error) {
        throw Errors.UNAVAILABLE(
          (error as Error).message === 'timeout'
            ? `数据库在 ${READY_TIMEOUT_MS / 1000} 秒内没有应答`
            : `数据库无法访问（${(error as { code?: string }).code ?? '连接失败'}）`,
        );
      }
      if (pending.length > 0) throw Errors.UNAVAILABLE('数据库尚未迁移到最新版本');
      return { status: 'ready', database: database.dialect };
    },
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, () => Promise.resolve(app.swagger()));

  sitesRoutes(app, services.sites, services.siteIdentity);
  departmentsRoutes(app, services.departments, services.sites);
  await usersRoutes(app, { auth: services.auth, users: services.users, config, rateLimits });
  auditRoutes(app, services.audit);
  workdaysRoutes(app, services.workdays);
  columnsRoutes(app, services.columns, services.sites);
  documentsRoutes(app, services.documents, services.sites);
  requestsRoutes(app, services.requests, services.sites);
  messagesRoutes(app, services);
  publicCommentsRoutes(app, services);
  opinionsRoutes(app, services);
  interviewsRoutes(app, services);
  serviceItemsRoutes(app, services);
  serviceCasesRoutes(app, services);
  annualReportRoutes(app, services);
  searchRoutes(app, services.search, services.sites);
  publicationChecksRoutes(app, services.publicationChecks, services.sites);
  await assistantRoutes(app, { ...services, rateLimits, perMinute: config.publicFormsPerMinute });
  workPlansRoutes(app, services);
  workbenchRoutes(app, services);

  sitePages(app, { ...services, pages, publicUrl: config.publicUrl });
  documentPages(app, { ...services, pages, config });
  await requestPages(app, { ...services, rateLimits, perMinute: config.publicFormsPerMinute });
  await messagePages(app, {
    ...services,
    clock,
    secret: config.sessionSecret,
    rateLimits,
    perMinute: config.publicFormsPerMinute,
  });
  await publicCommentPages(app, {
    ...services,
    clock,
    secret: config.sessionSecret,
    rateLimits,
    perMinute: config.publicFormsPerMinute,
  });
  opinionPages(app, services);
  await interviewPages(app, {
    ...services,
    clock,
    secret: config.sessionSecret,
    rateLimits,
    perMinute: config.publicFormsPerMinute,
  });
  departmentPages(app, { ...services, pages });
  await serviceCasePages(app, {
    ...services,
    clock,
    rateLimits,
    perMinute: config.publicFormsPerMinute,
  });
  serviceItemPages(app, services);
  searchPages(app, services);
  await assistantPages(app, { ...services, rateLimits, perMinute: config.publicFormsPerMinute });
  workPlanPages(app, services);
  await services.search.loadDictionary();

  // Deadline reminders go out through the job queue, by mail or — without SMTP — to the log.
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }, (message, mail) =>
    app.log.info({ to: mail.to, subject: mail.subject, text: mail.text }, message),
  );
  const reminders = createReminders({ db: database.db, clock, ...services, mailer });
  const messageReminders = createMessageReminders({ db: database.db, clock, ...services });
  const opinionReminders = createOpinionReminders({ db: database.db, clock, ...services });
  // A job that sends the mail its payload describes (nothing when there is no longer anything to say).
  const mailFrom = (build: (payload: unknown) => Promise<Mail | null>) => async (payload: unknown) => {
    const mail = await build(payload);
    if (mail) await mailer.send(mail);
  };
  const jobs = createJobRunner({
    db: database.db,
    clock,
    handlers: {
      [REMINDER_JOB]: (payload) => reminders.send(payload),
      [MESSAGE_REMINDER_JOB]: mailFrom((p) => messageReminders.mail(p)),
      [OPINION_REMINDER_JOB]: mailFrom((p) => opinionReminders.mail(p)),
      [WORK_PLAN_REMINDER_JOB]: mailFrom((p) => services.workPlans.reminderMail(p)),
      [WORK_PLAN_RETURN_JOB]: mailFrom((p) => services.workPlans.returnMail(p)),
      [WORK_PLAN_REVIEW_JOB]: mailFrom((p) => services.workPlans.reviewMail(p)),
      [SEARCH_REINDEX_JOB]: async (payload) => {
        await services.search.reindex((payload as { siteId: string }).siteId);
      },
    },
    onError: (kind, err) => app.log.error({ err, kind }, 'job failed'),
  });

  // Background work every instance does: write page-view counts in batches, publish what was
  // scheduled, queue reminders and run due jobs (all idempotent or claimed, so instances may race).
  // Work under way is awaited on close, so a stopping instance finishes what it began (a job, a
  // batch of counts) rather than leaving it for the lock to expire.
  const running = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  };
  const every = (ms: number, what: string, work: () => Promise<unknown>) =>
    setInterval(() => track(work().catch((err: unknown) => app.log.error({ err }, what))), ms);
  const timers = [
    every(10 * 60_000, 'reminders not queued', () => reminders.schedule()),
    every(10 * 60_000, 'message reminders not queued', () => messageReminders.schedule()),
    // Hour clocks: a five-hour deadline is reminded an hour before, so look every few minutes.
    every(5 * 60_000, 'opinion reminders not queued', () => opinionReminders.schedule()),
    every(15 * 60_000, 'opinion feeds not read', () => services.opinionFeeds.poll()),
    every(10 * 60_000, 'work-plan reminders not queued', () => services.workPlans.remind()),
    every(10 * 60_000, 'work-plan review reminders not queued', () => services.workPlans.remindReviewers()),
    every(15_000, 'jobs not run', () => jobs.runDue()),
    every(5000, 'search counts not saved', () => services.search.flushQueries()),
    every(10 * 60_000, 'ended rate-limit counters not removed', () => purgeThrottles(database.db, clock.now())),
    every(60_000, 'search dictionary not loaded', () => services.search.loadDictionary()),
    every(10 * 60_000, 'expired answers not taken out of search', () => services.assistant.expire()),
    every(5000, 'view counts not saved', () => services.documents.flushViews()),
    every(30_000, 'scheduled publication failed', () => services.documents.publishDue(systemActor('定时发布'))),
  ];
  for (const t of timers) t.unref();
  app.addHook('onClose', async () => {
    for (const t of timers) clearInterval(t);
    await Promise.allSettled([...running]);
    await versions.close();
    await services.documents.flushViews();
    await services.search.flushQueries();
    if (!options.database) await database.close();
  });

  registerPortalAssets(app);
  await registerAdmin(app);

  return { app, services, database, jobs: { reminders, messageReminders, opinionReminders, runner: jobs } };
}

/** The back office: a built single-page app, every deep link answered with its index.html. */
async function registerAdmin(app: App): Promise<void> {
  if (!existsSync(path.join(ADMIN_DIST, 'index.html'))) {
    app.get('/admin', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .code(503)
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>后台尚未构建</title><p>后台管理界面尚未构建，请在项目目录运行 <code>npm run build:admin</code> 后重新启动。</p></html>',
        ),
    );
    return;
  }
  await app.register(fastifyStatic, { root: ADMIN_DIST, prefix: '/admin/', wildcard: false, index: false });
  app.get('/admin', { schema: { hide: true } }, async (_request, reply) => reply.sendFile('index.html', ADMIN_DIST));
  app.get('/admin/*', { schema: { hide: true } }, async (_request, reply) => reply.sendFile('index.html', ADMIN_DIST));
}

/** What /metrics reads from the database: the job queue, and cases past their limit on each site. */
function metricSources(database: DatabaseHandle, services: Services, clock: Clock): MetricSources {
  const actor = systemActor('监控');
  return {
    async jobs() {
      const rows = await database.db
        .selectFrom('jobs')
        .select((eb) => [
          eb.fn.countAll<number>().as('n'),
          eb.cast<number>(eb('attempts', '>=', MAX_ATTEMPTS), 'integer').as('failed'),
        ])
        .where('done_at', 'is', null)
        .groupBy('failed')
        .execute();
      const failed = rows.filter((r) => Number(r.failed) === 1).reduce((a, r) => a + Number(r.n), 0);
      return { queued: rows.reduce((a, r) => a + Number(r.n), 0) - failed, failed };
    },
    async overdue() {
      const today = chinaDate(clock.now());
      const out: { module: string; site: string; count: number }[] = [];
      for (const site of await services.sites.list(actor)) {
        const requests = await services.requests.list(actor, site.id, { open: true });
        const messages = await services.messages.overdue(site.id);
        out.push(
          { module: 'requests', site: site.siteCode, count: requests.filter((r) => r.urgency === 'overdue').length },
          {
            module: 'messages',
            site: site.siteCode,
            count: messages.filter((m) => m.watch === 'veto' || (m.dueOn !== null && m.dueOn < today)).length,
          },
        );
      }
      return out;
    },
  };
}
