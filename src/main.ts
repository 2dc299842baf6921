import { buildApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { systemClock } from './platform/clock/clock.js';
import { seedDemoContent } from './seed/demo-content.js';
import { seedDemoIfEmpty } from './seed/demo.js';

/** How long a stopping instance waits for requests and background work under way (below the usual 30 s grace of systemd and Kubernetes). */
export const STOP_TIMEOUT_MS = 25_000;

/** Migrates, seeds the demo site on an empty platform, and listens. Returns a function that stops it. */
export async function serve(config: Config = loadConfig()): Promise<() => Promise<void>> {
  const database = openDatabase(config);
  const applied = await migrateToLatest(database);
  let demoSiteId: string | undefined;
  if (config.seedDemo) {
    const seed = await seedDemoIfEmpty({ database, clock: systemClock, config });
    demoSiteId = seed.siteId;
    if (seed.seeded) {
      // Printed once to the operator's console; only the hash is stored.
      console.log('\n已创建演示站点「姑苏区人民政府」。');
      console.log(`后台管理员账号：${seed.adminAccount}`);
      console.log(`初始密码（仅显示这一次，请登录后修改）：${seed.adminPassword}\n`);
    }
  }
  const { app, services } = await buildApp(config, { database });
  if (demoSiteId) {
    const made = await seedDemoContent(services, database.db, demoSiteId, systemClock);
    console.log(
      `演示内容：信息 ${made.documents} 条、问答 ${made.knowledge} 条、依申请公开 ${made.requests} 件、工作要点进展 ${made.reports} 条（均标为演示内容）。`,
    );
  }
  if (applied.length > 0) app.log.info({ migrations: applied }, 'migrations applied');
  await app.listen({ port: config.port, host: config.host });
  // Attachments uploaded before their texts were kept: read once, so the checks cover them.
  void services.documents
    .extractMissingTexts()
    .then(({ extracted }) => extracted && app.log.info({ extracted }, 'attachment texts extracted'))
    .catch((err: unknown) => app.log.error({ err }, 'attachment texts not extracted'));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl.replace(/:\d+$/, '') + (new URL(config.publicUrl).port ? `:${port}` : '');
  console.log(
    `gongkai 已启动（${database.dialect === 'sqlite' ? 'SQLite：' + database.location : database.location}）`,
  );
  console.log(`门户网站：${base}/    后台管理：${base}/admin    接口文档：${base}/api/openapi.json`);
  return async () => {
    await app.close();
    await database.close();
  };
}
