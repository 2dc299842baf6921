import { createInterface } from 'node:readline/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import type { ParsedPlan } from '../modules/work-plans/work-plans.parse.js';
import type { DatabaseHandle } from '../db/database.js';
import { operationsCommands } from './operations.js';
import { ROLES, systemActor, type Actor, type Role } from '../platform/auth/actor.js';
import type { Site, SitesService } from '../modules/sites/sites.service.js';
import { systemClock } from '../platform/clock/clock.js';
import { isValidDate } from '../platform/workdays/dates.js';
import { NO_OVERRIDES, WorkdayCalendar } from '../platform/workdays/calendar.js';

// The web application, the domain services and the database layer are imported only by the
// commands that need them, so --help and quick commands (workdays …) start fast.

function dateArg(value: string): string {
  if (!isValidDate(value)) throw new InvalidArgumentError(`“${value}” 不是有效日期，格式应为 YYYY-MM-DD`);
  return value;
}

function countArg(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`“${value}” 不是非负整数`);
  return Number(value);
}

/** Opens the configured database (with migrations applied unless told not to), runs `fn`, and closes it. */
async function withDatabase<T>(fn: (database: DatabaseHandle) => Promise<T>, migrate = true): Promise<T> {
  const config = loadConfig();
  const { openDatabase } = await import('../db/database.js');
  const database = openDatabase(config);
  try {
    if (migrate) await (await import('../db/migrate.js')).migrateToLatest(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

/**
 * The calendar including operator-entered days when a database is configured and reachable;
 * the official schedules alone otherwise, so the command also works before the first start.
 */
async function calendar(): Promise<WorkdayCalendar> {
  const config = loadConfig();
  if (!config.databaseUrl && !existsSync(path.join(config.dataDir, 'gongkai.sqlite'))) {
    return new WorkdayCalendar(NO_OVERRIDES);
  }
  const { openDatabase } = await import('../db/database.js');
  const { loadOverrides } = await import('../platform/workdays/workdays.repository.js');
  const database = openDatabase(config);
  try {
    return new WorkdayCalendar(await loadOverrides(database.db));
  } catch {
    return new WorkdayCalendar(NO_OVERRIDES);
  } finally {
    await database.close();
  }
}

/** The site named by --site (网站标识码 or id), or the platform's only site. */
async function chooseSite(sites: SitesService, actor: Actor, given: string | undefined): Promise<Site> {
  const all = await sites.list(actor);
  const site = given ? all.find((s) => s.siteCode === given || s.id === given) : all.length === 1 ? all[0] : undefined;
  if (!site) throw new InvalidArgumentError(given ? `找不到站点 “${given}”` : '平台有多个站点，请用 --site 指定');
  return site;
}

async function prompt(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

const program = new Command('gongkai')
  .description('gongkai（公开）政务公开平台命令行')
  .showHelpAfterError('（使用 --help 查看用法）')
  .configureHelp({ sortSubcommands: true });

program
  .command('serve')
  .description('启动网站（门户、后台、接口）；空数据库首次启动时创建演示站点')
  .action(async () => {
    const { serve, STOP_TIMEOUT_MS } = await import('../main.js');
    const stop = await serve();
    // Stops taking connections, lets requests under way and background work finish, closes the
    // database; a stop that takes longer than STOP_TIMEOUT_MS is cut short.
    const shutdown = (signal: string) => {
      console.log(`收到 ${signal}，正在停止：不再接受新请求，等待处理中的请求和后台任务完成…`);
      setTimeout(() => {
        console.error(`停止超过 ${STOP_TIMEOUT_MS / 1000} 秒，强制退出`);
        process.exit(1);
      }, STOP_TIMEOUT_MS).unref();
      void stop().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });

operationsCommands(program);

program
  .command('migrate')
  .description('把数据库迁移到最新版本')
  .action(async () => {
    const { migrateToLatest } = await import('../db/migrate.js');
    const applied = await withDatabase((database) => migrateToLatest(database), false);
    console.log(applied.length > 0 ? `已执行迁移：${applied.join(', ')}` : '数据库已是最新版本');
  });

program
  .command('seed')
  .description('写入初始数据')
  .requiredOption('--demo', '演示站点「姑苏区人民政府」及其部门（平台已有站点时不做任何事）')
  .action(async () => {
    const { seedDemoIfEmpty } = await import('../seed/demo.js');
    const config = loadConfig();
    const { seedDemoContent } = await import('../seed/demo-content.js');
    const { createServices } = await import('../app.js');
    const result = await withDatabase(async (database) => {
      const seeded = await seedDemoIfEmpty({ database, clock: systemClock, config });
      if (seeded.seeded && seeded.siteId)
        await seedDemoContent(createServices(database, config, systemClock), database.db, seeded.siteId, systemClock);
      return seeded;
    });
    if (!result.seeded) console.log('平台已有站点，未写入演示数据');
    else
      console.log(
        `已创建演示站点。后台管理员账号：${result.adminAccount}  初始密码（仅显示这一次）：${result.adminPassword}`,
      );
  });

const user = program.command('user').description('用户管理');
user
  .command('create')
  .description('新建用户')
  .requiredOption('--account <account>', '登录账号')
  .requiredOption('--name <name>', '姓名')
  .option('--site <site>', '站点（网站标识码或编号；平台只有一个站点时可省略）')
  .option('--department <department>', '单位（全称、简称、代码或编号；省略表示整个站点）')
  .addOption(new Option('--role <role>', '角色').choices(ROLES))
  .option('--admin', '平台管理员')
  .option('--password <password>', '密码（省略时交互输入；非交互时自动生成并显示一次）')
  .action(
    async (opts: {
      account: string;
      name: string;
      site?: string;
      department?: string;
      role?: Role;
      admin?: boolean;
      password?: string;
    }) => {
      if (!opts.admin && !opts.role)
        throw new InvalidArgumentError('请用 --role 指定角色，或用 --admin 创建平台管理员');
      let password = opts.password;
      if (password === undefined && process.stdin.isTTY)
        password = (await prompt('密码（直接回车则自动生成）：')) || undefined;
      const { createServices } = await import('../app.js');
      const config = loadConfig();
      await withDatabase(async (database) => {
        const services = createServices(database, config, systemClock);
        const actor = systemActor('命令行');
        const site = opts.role ? await chooseSite(services.sites, actor, opts.site) : undefined;
        let departmentId: string | null = null;
        if (opts.department && site) {
          const match = (await services.departments.list(site.id)).find((d) =>
            [d.id, d.name, d.shortName, d.code].includes(opts.department ?? ''),
          );
          if (!match) throw new InvalidArgumentError(`找不到单位 “${opts.department}”`);
          departmentId = match.id;
        }
        const { user: created, password: generated } = await services.users.create(actor, {
          account: opts.account,
          name: opts.name,
          password,
          isPlatformAdmin: opts.admin ?? false,
          grants: opts.role && site ? [{ siteId: site.id, role: opts.role, departmentId }] : [],
        });
        console.log(`已创建用户 ${created.account}（${created.name}）`);
        if (generated) console.log(`初始密码（仅显示这一次）：${generated}`);
      });
    },
  );

const documentsCommand = program.command('documents').description('政府信息');
documentsCommand
  .command('import')
  .description('导入已发布的历史信息（JSON Lines，每行一条），逐行报告结果；已导入过的不会重复导入')
  .argument('<file>', 'JSON Lines 文件（- 表示标准输入）')
  .option('--site <site>', '站点（网站标识码或编号；平台只有一个站点时可省略）')
  .option('--json', '以 JSON 输出逐行结果')
  .addHelpText(
    'after',
    `
每行字段：title 标题、docNo 文号、publisher 发布机构（全称、简称或代码）、writtenOn 成文日期、
publishedAt 发布日期（YYYY-MM-DD 或 YYYY-MM-DD HH:MM，北京时间）、columns 栏目路径（如
"政府信息公开/法定主动公开内容/财政预算、决算"）、subject 主题分类、keywords 主题词、validity 有效性
（effective/amended/expired/repealed）、disclosure 公开属性（proactive/on_request/withheld，必填）、
summary 内容概述、body 正文（HTML 或纯文本）、source 来源、indexNo 索引号（给出则保留）、
interprets 政策解读所解读文件的索引号或文号。`,
  )
  .action(async (file: string, opts: { site?: string; json?: boolean }) => {
    const { readFile } = await import('node:fs/promises');
    const { createServices } = await import('../app.js');
    const { createDocumentImporter } = await import('../modules/documents/documents.import.js');
    const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    const config = loadConfig();
    const failed = await withDatabase(async (database) => {
      const services = createServices(database, config, systemClock);
      const actor = systemActor('命令行导入');
      const site = await chooseSite(services.sites, actor, opts.site);
      const results = await createDocumentImporter(services).importLines(actor, site.id, text);
      if (opts.json) console.log(JSON.stringify(results, null, 2));
      else {
        for (const r of results) {
          const what =
            r.status === 'imported'
              ? `已导入（索引号 ${r.indexNo}）`
              : r.status === 'skipped'
                ? '已存在，跳过'
                : '未导入';
          console.log(
            `第 ${r.line} 行：${what}${r.title ? ' ' + r.title : ''}${r.reasons ? '：' + r.reasons.join('；') : ''}`,
          );
        }
        const n = (s: string) => results.filter((r) => r.status === s).length;
        console.log(`共 ${results.length} 行：导入 ${n('imported')}，跳过 ${n('skipped')}，失败 ${n('failed')}`);
      }
      return results.some((r) => r.status === 'failed');
    });
    if (failed) process.exitCode = 1;
  });

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const plan = program.command('plan').description('政务公开工作要点');
plan
  .command('import')
  .description('导入工作要点（网页复制的文本、网页 HTML 或 XLSX），拆分为目标、任务、工作事项及牵头、责任单位')
  .argument('<file>', '文件（- 表示标准输入）')
  .option('--dry-run', '只解析并显示，不保存')
  .option(
    '--json',
    '输出 JSON：{"title","year","goals":[{"no","title","tasks":[{"no","title","items":[{"content","lead","responsible"}]}]}]}',
  )
  .option('--site <site>', '站点（网站标识码或编号；平台只有一个站点时可省略）')
  .action(async (file: string, opts: { dryRun?: boolean; json?: boolean; site?: string }) => {
    const { readFile } = await import('node:fs/promises');
    const { readPlan } = await import('../modules/work-plans/work-plans.read.js');
    const bytes = file === '-' ? Buffer.from(await readStdin()) : await readFile(file);
    const { plan: parsed, warnings } = await readPlan(bytes, file);
    for (const warning of warnings) console.error(`注意：${warning}`);
    if (parsed.goals.length === 0) {
      console.error('没有读出任何目标和任务，未导入');
      process.exitCode = 1;
      return;
    }
    if (opts.dryRun) {
      if (opts.json) console.log(JSON.stringify(parsed, null, 2));
      else printPlan(parsed);
      return;
    }
    const { createServices } = await import('../app.js');
    const config = loadConfig();
    await withDatabase(async (database) => {
      const services = createServices(database, config, systemClock);
      const actor = systemActor('命令行导入');
      const site = await chooseSite(services.sites, actor, opts.site);
      const saved = await services.workPlans.importPlan(actor, site.id, parsed);
      if (opts.json) console.log(JSON.stringify(saved, null, 2));
      else
        console.log(
          `已导入“${saved.title}”（编号 ${saved.id}）：${saved.goals} 个目标、${saved.tasks} 项任务、${saved.items} 项工作`,
        );
    });
  });

function printPlan(parsed: ParsedPlan): void {
  console.log(`${parsed.title}（${parsed.year ?? '年份不明'}）`);
  for (const goal of parsed.goals) {
    console.log(`${goal.no}、${goal.title}`);
    for (const task of goal.tasks) {
      console.log(`  ${task.no}${task.title}`);
      for (const item of task.items) {
        const units = [item.lead.length ? `牵头：${item.lead.join('、')}` : '', `责任：${item.responsible.join('、')}`];
        console.log(
          `    · ${item.content.slice(0, 40)}${item.content.length > 40 ? '…' : ''}（${units.filter(Boolean).join('；')}）`,
        );
      }
    }
  }
}

const workdays = program.command('workdays').description('工作日计算（依《政府信息公开条例》期限，起算日不计入）');
workdays
  .command('add')
  .description('某日之后的第 N 个工作日')
  .requiredOption('--from <date>', '起算日 YYYY-MM-DD', dateArg)
  .requiredOption('--days <n>', '工作日数', countArg)
  .option('--json', '输出 {"date","provisional"}')
  .action(async (opts: { from: string; days: number; json?: boolean }) => {
    const result = (await calendar()).addWorkdays(opts.from, opts.days);
    console.log(opts.json ? JSON.stringify(result) : result.date);
  });
workdays
  .command('is')
  .description('某日是否工作日，输出 true 或 false')
  .argument('<date>', '日期 YYYY-MM-DD', dateArg)
  .action(async (date: string) => {
    console.log(String((await calendar()).isWorkday(date)));
  });
workdays
  .command('between')
  .description('A 日之后至 B 日（含）之间的工作日数')
  .argument('<from>', '日期 A', dateArg)
  .argument('<to>', '日期 B', dateArg)
  .action(async (from: string, to: string) => {
    console.log(String((await calendar()).workdaysBetween(from, to).days));
  });

const requests = program.command('requests').description('依申请公开');
requests
  .command('deadline')
  .description(
    '按条例计算答复期限：从标准输入读取 {"receivedOn":"YYYY-MM-DD","events":[{"type","on","days"}]}，' +
      '输出 {"dueOn","correctionNoticeDueOn","provisional"}',
  )
  .option('--no-fee-pause', '收费通知至缴费期间计入答复期限（默认不计入）')
  .addHelpText(
    'after',
    `
事件类型：correction_requested（days 为补正期限）、correction_received、consultation_started、
consultation_ended、extended（days ≤ 20，仅一次）、fee_notice_sent、fee_paid 等；按日期先后排列。
dueOn 为 null 表示期限暂停（等待补正、征求意见或缴费中）。`,
  )
  .action(async (opts: { feePause: boolean }) => {
    const { deadlineFor } = await import('../modules/requests/requests.deadline.js');
    const result = deadlineFor(await readStdin(), await calendar(), { feePausesClock: opts.feePause });
    console.log(JSON.stringify(result));
  });

const messages = program.command('messages').description('互动交流（留言办理）');
messages
  .command('overdue')
  .description('列出已超过答复期限、或已满或 30 天内将满三个月仍未答复的有效留言（政府网站检查单项否决项）')
  .option('--site <site>', '站点（网站标识码或编号；平台只有一个站点时可省略）')
  .option('--json', '输出 JSON 数组：[{"trackingNo","subject","receivedOn","dueOn","state","department","watch"}]')
  .action(async (opts: { site?: string; json?: boolean }) => {
    const items = await withDatabase(async (database) => {
      const { createServices } = await import('../app.js');
      const services = createServices(database, loadConfig(), systemClock);
      const site = await chooseSite(services.sites, systemActor('命令行'), opts.site);
      return services.messages.overdue(site.id);
    });
    if (opts.json) console.log(JSON.stringify(items));
    else {
      const WATCH = { veto: '已满三个月未答复', near: '将满三个月' } as const;
      for (const m of items)
        console.log(
          [m.trackingNo, m.subject, `收到 ${m.receivedOn}`, `期限 ${m.dueOn ?? '—'}`, m.department ?? '未转办']
            .concat(m.watch ? [WATCH[m.watch]] : [])
            .join('  '),
        );
      console.error(items.length ? `共 ${items.length} 条留言需要督办` : '没有超期或三个月未答复的留言');
    }
    // An item on the watch list fails the inspection: the exit status lets cron or monitoring alert.
    if (items.some((m) => m.watch === 'veto')) process.exitCode = 1;
  });

const servicesCommand = program.command('services').description('办事服务：政务服务事项和办事指南');
servicesCommand
  .command('import')
  .description(
    '批量导入事项（JSON Lines 或 XLSX，格式见 docs/guides/service-items-import.md），逐行报告；同一文件再导入不会改变任何内容',
  )
  .argument('<file>', 'JSON Lines 或 .xlsx 文件（- 表示标准输入的 JSON Lines）')
  .option('--site <site>', '站点（网站标识码或编号；平台只有一个站点时可省略）')
  .option('--json', '以 JSON 输出逐行结果')
  .action(async (file: string, opts: { site?: string; json?: boolean }) => {
    const { readFile } = await import('node:fs/promises');
    const bytes = file === '-' ? Buffer.from(await readStdin()) : await readFile(file);
    const failed = await withDatabase(async (database) => {
      const { createServices } = await import('../app.js');
      const services = createServices(database, loadConfig(), systemClock);
      const actor = systemActor('命令行导入');
      const site = await chooseSite(services.sites, actor, opts.site);
      const results = /\.xlsx$/i.test(file)
        ? await services.serviceItemImporter.importXlsx(actor, site.id, bytes)
        : await services.serviceItemImporter.importLines(actor, site.id, bytes.toString('utf8'));
      if (opts.json) console.log(JSON.stringify(results, null, 2));
      else {
        const WHAT = {
          created: '已导入并公开',
          draft: '已导入为草稿',
          revised: '已存为新版本草稿',
          unchanged: '未变化',
          failed: '未导入',
        };
        for (const r of results)
          console.log(
            `第 ${r.line} 行：${WHAT[r.status]}${r.name ? ' ' + r.name : ''}${r.reasons.length ? '：' + r.reasons.join('；') : ''}`,
          );
        const n = (s: keyof typeof WHAT) => results.filter((r) => r.status === s).length;
        console.log(
          `共 ${results.length} 行：公开 ${n('created')}，草稿 ${n('draft')}，新版本 ${n('revised')}，未变化 ${n('unchanged')}，失败 ${n('failed')}`,
        );
      }
      return results.some((r) => r.status === 'failed');
    });
    if (failed) process.exitCode = 1;
  });
servicesCommand
  .command('check')
  .description(
    '列出缺少必备要素、材料缺少设定依据、审核通过后超过 1 个工作日未公开的事项；有缺要素的已公开指南时返回 1',
  )
  .option('--site <site>', '站点（网站标识码或编号；平台只有一个站点时可省略）')
  .option(
    '--json',
    '输出 JSON 数组：[{"implementationCode","name","departmentName","published","missing","materialsWithoutBasis","cancelledCertificates","publicationDue"}]',
  )
  .action(async (opts: { site?: string; json?: boolean }) => {
    const items = await withDatabase(async (database) => {
      const { createServices } = await import('../app.js');
      const services = createServices(database, loadConfig(), systemClock);
      const site = await chooseSite(services.sites, systemActor('命令行'), opts.site);
      return services.serviceItems.check(site.id);
    });
    const rows = items.map((s) => ({
      implementationCode: s.implementationCode,
      name: s.name,
      departmentName: s.departmentName,
      published: s.published,
      missing: s.missing,
      materialsWithoutBasis: s.materialsWithoutBasis,
      cancelledCertificates: s.cancelledCertificates,
      publicationDue: s.publicationDue,
    }));
    if (opts.json) console.log(JSON.stringify(rows));
    else {
      for (const r of rows)
        console.log(
          [
            r.implementationCode,
            r.name,
            r.departmentName,
            r.missing.length ? `缺少 ${r.missing.join('、')}` : '',
            r.materialsWithoutBasis.length ? `材料无依据 ${r.materialsWithoutBasis.join('、')}` : '',
            r.cancelledCertificates.length ? `仍要求已取消的证明 ${r.cancelledCertificates.join('、')}` : '',
            r.publicationDue
              ? `${r.publicationDue.approvedOn} 审核通过，${r.publicationDue.late ? '已超期' : '今日须'}公开`
              : '',
          ]
            .filter(Boolean)
            .join('  '),
        );
      console.error(rows.length ? `共 ${rows.length} 个事项需要处理` : '没有需要处理的事项');
    }
    // A published guide that lacks a key element, or a late publication, fails the inspection's rules.
    if (rows.some((r) => (r.published && r.missing.length > 0) || r.publicationDue?.late)) process.exitCode = 1;
  });

const pii = program.command('pii').description('个人信息识别与去标识化（发布前检查）');
async function readInput(file: string | undefined): Promise<string> {
  if (!file || file === '-') return readStdin();
  const { readFile } = await import('node:fs/promises');
  return readFile(file, 'utf8');
}
pii
  .command('scan')
  .description('找出文本中的个人信息，输出 JSON 数组 [{"type","start","end","text"}]（start/end 为字符串下标）')
  .argument('[file]', '文本文件（省略或 - 表示标准输入）')
  .action(async (file?: string) => {
    const { findPersonalInformation } = await import('../platform/text/pii.js');
    const found = findPersonalInformation(await readInput(file));
    console.log(JSON.stringify(found.map(({ type, start, end, text }) => ({ type, start, end, text }))));
  });
pii
  .command('mask')
  .description(
    '按裁判文书公开的做法去标识化：姓名保留姓氏加“某”，证件、银行卡、车牌号遮盖，联系方式删除，地址保留到区县',
  )
  .argument('[file]', '文本文件（省略或 - 表示标准输入）')
  .action(async (file?: string) => {
    const { deidentify } = await import('../platform/text/pii.js');
    process.stdout.write(deidentify(await readInput(file)));
  });
pii
  .command('audit')
  .description(
    '检查已公开的全部信息：列出含个人信息或错敏字、且未经审核确认公开的信息，以及无法自动检查的附件（存量信息迁入后清理用）',
  )
  .option('--site <site>', '站点（网站标识码或编号；平台只有一个站点时可省略）')
  .option('--json', '每条信息输出一行 JSON：{"id","title","url","findings":[…],"unchecked":[附件名称…]}')
  .action(async (opts: { site?: string; json?: boolean }) => {
    const found = await withDatabase(async (database) => {
      const { createServices } = await import('../app.js');
      const services = createServices(database, loadConfig(), systemClock);
      const site = await chooseSite(services.sites, systemActor('命令行'), opts.site);
      // Attachments uploaded before their texts were kept are read now, so they are audited too.
      const { extracted } = await services.documents.extractMissingTexts();
      if (extracted && !opts.json) console.error(`已提取 ${extracted} 个早先上传的附件的文字`);
      const documents = { withFindings: 0, unchecked: 0 };
      for await (const doc of services.publicationChecks.audit(site.id)) {
        if (doc.findings.length) documents.withFindings++;
        if (doc.unchecked.length) documents.unchecked++;
        const url = `/documents/${doc.id}`;
        if (opts.json) console.log(JSON.stringify({ ...doc, url }));
        else {
          console.log(`${doc.title}（${url}）`);
          for (const f of doc.findings)
            console.log(`  ${f.field} ${f.label}：“${f.text}”${f.correction ? ` → ${f.correction}` : ''}`);
          for (const name of doc.unchecked)
            console.log(`  附件《${name}》没有可读的文字（扫描件、图片等），须人工核对`);
        }
      }
      return documents;
    });
    if (!opts.json) {
      console.error(
        found.withFindings ? `共 ${found.withFindings} 条信息有待处理的发现` : '已公开的信息中没有待处理的发现',
      );
      if (found.unchecked) console.error(`另有 ${found.unchecked} 条信息的附件无法自动检查，须人工核对`);
    }
    // Only findings fail the audit: an unreadable attachment is work for a person, not an error.
    if (found.withFindings) process.exitCode = 1;
  });

program
  .command('search')
  .description('站内搜索，结果与 GET /api/v1/search 相同')
  .argument('<query>', '检索词：可加引号检索短语，可直接输入文号')
  .option('--json', '输出 JSON（与接口相同）')
  .option('--type <type>', '结果类型：document、interpretation …')
  .option('--year <year>', '年份', countArg)
  .addOption(new Option('--sort <sort>', '排序').choices(['relevance', 'date']).default('relevance'))
  .option('--page <page>', '页码', countArg, 1)
  .option('--size <size>', '每页条数', countArg, 10)
  .option('--site <site>', '站点（网站标识码或编号；平台只有一个站点时可省略）')
  .action(
    async (
      query: string,
      opts: {
        json?: boolean;
        type?: string;
        year?: number;
        sort: 'relevance' | 'date';
        page: number;
        size: number;
        site?: string;
      },
    ) => {
      const result = await withDatabase(async (database) => {
        const { createServices } = await import('../app.js');
        const services = createServices(database, loadConfig(), systemClock);
        const site = await chooseSite(services.sites, systemActor('命令行'), opts.site);
        await services.search.loadDictionary();
        const { json: _json, site: _site, ...params } = opts;
        return services.search.search(site.id, { q: query, ...params }, { log: false });
      });
      if (opts.json) {
        console.log(JSON.stringify(result));
        return;
      }
      if (result.searchedFor) console.log(`未找到“${result.query}”，已显示“${result.searchedFor}”的结果`);
      if (result.suggestion) console.log(`您是不是要找：${result.suggestion}`);
      console.log(`共 ${result.total} 条${result.match === 'any' ? '（部分匹配）' : ''}`);
      for (const h of result.hits) console.log(`${h.publishedAt.slice(0, 10)}  ${h.title}  ${h.url}`);
    },
  );

program
  .command('reindex')
  .description('重建站内搜索索引（导入存量信息、调整分词词典后）')
  .option('--site <site>', '站点（网站标识码或编号；平台只有一个站点时可省略）')
  .action(async (opts: { site?: string }) => {
    const done = await withDatabase(async (database) => {
      const { createServices } = await import('../app.js');
      const services = createServices(database, loadConfig(), systemClock);
      const site = await chooseSite(services.sites, systemActor('命令行'), opts.site);
      await services.search.loadDictionary();
      return services.search.reindex(site.id);
    });
    console.log(`已索引 ${done.indexed} 条，移除 ${done.removed} 条`);
  });

const report = program.command('report').description('政府信息公开工作年度报告');
report
  .command('annual')
  .description(
    '政府信息公开工作年度报告（国办公开办函〔2021〕30号）：json 为全部数据，xlsx 为统计表（第二、三、四部分），html 和 docx 为六个部分的全文；并校验勾稽关系',
  )
  .requiredOption('--year <year>', '年度', (v: string) => {
    if (!/^\d{4}$/.test(v)) throw new InvalidArgumentError(`“${v}” 不是年份`);
    return Number(v);
  })
  .option('--department <code>', '单位（统一社会信用代码、简称或全称）；不填为整个站点')
  .option('--site <site>', '站点（网站标识码或编号；平台只有一个站点时可省略）')
  .addOption(new Option('--format <format>', '输出格式').choices(['json', 'xlsx', 'html', 'docx']).default('json'))
  .option('--out <file>', '写入文件（默认输出到标准输出）')
  .action(
    async (opts: {
      year: number;
      department?: string;
      site?: string;
      format: 'json' | 'xlsx' | 'html' | 'docx';
      out?: string;
    }) => {
      const problems = await withDatabase(async (database) => {
        const { createServices } = await import('../app.js');
        const services = createServices(database, loadConfig(), systemClock);
        const actor = systemActor('命令行');
        const site = await chooseSite(services.sites, actor, opts.site);
        let departmentId: string | null = null;
        if (opts.department) {
          const wanted = opts.department.trim();
          const dept = (await services.departments.list(site.id)).find((d) =>
            [d.code, d.shortName, d.name].includes(wanted),
          );
          if (!dept) throw new InvalidArgumentError(`找不到单位 “${wanted}”`);
          departmentId = dept.id;
        }
        const built = await services.annualReport.build(site.id, opts.year, departmentId);
        const { reportTitle, tablesTitle } = await import('../modules/annual-report/annual-report.service.js');
        const title = tablesTitle(built);
        let output: string | Buffer;
        if (opts.format === 'json') output = JSON.stringify(built, null, 2) + '\n';
        else if (opts.format === 'docx') {
          const { annualReportDocx } = await import('../modules/annual-report/annual-report.docx.js');
          output = await annualReportDocx(built, reportTitle(built));
        } else if (opts.format === 'html') {
          const { annualReportHtml } = await import('../modules/annual-report/annual-report.html.js');
          output = annualReportHtml(built, reportTitle(built)) + '\n';
        } else {
          const { annualReportXlsx } = await import('../modules/annual-report/annual-report.xlsx.js');
          output = await annualReportXlsx(built, title);
        }
        if (opts.out) {
          const { writeFile } = await import('node:fs/promises');
          await writeFile(opts.out, output);
        } else process.stdout.write(output);
        return built.problems;
      });
      for (const p of problems) console.error(`勾稽关系不符：${p}`);
      if (problems.length > 0) process.exitCode = 1;
    },
  );

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const { AppError } = await import('../platform/http/errors.js');
  if (error instanceof AppError) {
    console.error(`错误（${error.code}）：${error.message}`);
    for (const d of error.details ?? []) console.error(`  ${d.field ? d.field + '：' : ''}${d.message}`);
  } else if (error instanceof InvalidArgumentError || (error instanceof Error && error.name === 'BackupError')) {
    console.error(`错误：${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
