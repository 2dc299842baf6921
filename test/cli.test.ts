import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbEnv, runCli } from './helpers/cli.js';
import { freshDatabase } from './helpers/db.js';

/** The CLI as an operator runs it, in its own process, from the repository without a build step. */
let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  database = await freshDatabase({ migrate: false });
});
afterAll(() => database.close());

describe('gongkai workdays', () => {
  it('prints the Nth working day after a date (legal.md §3: the trigger day is not counted)', async () => {
    const r = await runCli(['workdays', 'add', '--from', '2026-09-30', '--days', '1'], dbEnv(database));
    expect(r).toMatchObject({ code: 0, stdout: '2026-10-08\n' });
  });

  it('prints JSON with the provisional flag', async () => {
    const known = await runCli(['workdays', 'add', '--from', '2026-02-06', '--days', '20', '--json'], dbEnv(database));
    expect(JSON.parse(known.stdout)).toEqual({ date: '2026-03-12', provisional: false });
    const unknown = await runCli(
      ['workdays', 'add', '--from', '2026-12-20', '--days', '20', '--json'],
      dbEnv(database),
    );
    expect(JSON.parse(unknown.stdout)).toMatchObject({ provisional: true });
  });

  it('tells whether a day is a working day', async () => {
    const [worked, holiday, saturday] = await Promise.all(
      // 调休上班 Saturday, 春节, a plain Saturday
      ['2026-02-14', '2026-02-16', '2026-03-07'].map((d) => runCli(['workdays', 'is', d], dbEnv(database))),
    );
    expect([worked?.stdout, holiday?.stdout, saturday?.stdout]).toEqual(['true\n', 'false\n', 'false\n']);
  });

  it('counts working days after A up to and including B', async () => {
    const [year, week] = await Promise.all([
      runCli(['workdays', 'between', '2025-12-31', '2026-12-31'], dbEnv(database)),
      runCli(['workdays', 'between', '2026-03-02', '2026-03-06'], dbEnv(database)),
    ]);
    expect([year?.stdout, week?.stdout]).toEqual(['248\n', '4\n']);
  });

  it('gives the same answers on a server set to a time zone west of UTC', async () => {
    const [worked, afterNewYear] = await Promise.all([
      runCli(['workdays', 'is', '2026-02-14'], { ...dbEnv(database), TZ: 'America/New_York' }),
      runCli(['workdays', 'add', '--from', '2027-02-04', '--days', '1'], {
        ...dbEnv(database),
        TZ: 'America/New_York',
      }),
    ]);
    expect(worked?.stdout).toBe('true\n');
    // 2027: 除夕 02-05 … 初三 02-08 are statutory holidays, so the first working day is 02-09.
    expect(afterNewYear?.stdout).toBe('2027-02-09\n');
  });

  it('refuses a bad date with a Chinese message and a non-zero exit', async () => {
    const r = await runCli(['workdays', 'is', '2026-02-30'], dbEnv(database));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('不是有效日期');
  });
});

describe('gongkai migrate, seed and user create', () => {
  it('migrates, seeds the demo site once, and creates users', async () => {
    expect((await runCli(['migrate'], dbEnv(database))).stdout).toContain('已执行迁移');
    const seeded = await runCli(['seed', '--demo'], dbEnv(database));
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/初始密码（仅显示这一次）：\S{10,}/);
    expect((await runCli(['seed', '--demo'], dbEnv(database))).stdout).toContain('未写入演示数据');

    const created = await runCli(
      [
        'user',
        'create',
        '--account',
        'caizheng',
        '--name',
        '财政局编辑',
        '--department',
        '区财政局',
        '--role',
        'editor',
      ],
      dbEnv(database),
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('已创建用户 caizheng');
    expect(created.stdout).toMatch(/初始密码（仅显示这一次）：\S+/);

    const grant = await database.db
      .selectFrom('role_grants')
      .innerJoin('users', 'users.id', 'role_grants.user_id')
      .innerJoin('departments', 'departments.id', 'role_grants.department_id')
      .select(['role_grants.role', 'departments.short_name'])
      .where('users.account', '=', 'caizheng')
      .executeTakeFirstOrThrow();
    expect(grant).toEqual({ role: 'editor', short_name: '区财政局' });

    const admin = await runCli(
      ['user', 'create', '--account', 'ops', '--name', '运维', '--admin', '--password', 'Strong-Passw0rd-2026'],
      dbEnv(database),
    );
    expect(admin.code, admin.stderr).toBe(0);
    expect(admin.stdout).not.toContain('初始密码');
    // Several processes, each starting the platform: on a busy two-core machine that can pass 30 s.
  }, 90_000);

  it('refuses an unknown department and a weak password, writing nothing', async () => {
    const before = await database.db.selectFrom('users').select('id').execute();
    const unknown = await runCli(
      ['user', 'create', '--account', 'x1', '--name', 'x', '--department', '区不存在局', '--role', 'editor'],
      dbEnv(database),
    );
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('找不到单位');
    const weak = await runCli(
      ['user', 'create', '--account', 'x2', '--name', 'x', '--role', 'editor', '--password', 'short'],
      dbEnv(database),
    );
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toContain('PASSWORD_POLICY');
    expect(await database.db.selectFrom('users').select('id').execute()).toHaveLength(before.length);
  });

  it('uses the calendar corrections operators entered in the database', async () => {
    await database.db
      .insertInto('calendar_days')
      .values({
        date: '2026-03-03',
        is_workday: 0,
        note: '测试',
        updated_by: null,
        updated_at: '2026-03-01T00:00:00.000Z',
      })
      .execute();
    expect((await runCli(['workdays', 'is', '2026-03-03'], dbEnv(database))).stdout).toBe('false\n');
  });

  it('has help for every command', async () => {
    const commands = [['--help'], ['workdays', 'add', '--help'], ['user', 'create', '--help'], ['seed', '--help']];
    for (const r of await Promise.all(commands.map((args) => runCli(args, dbEnv(database))))) {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('gongkai requests deadline', () => {
  const env = () => ({ GONGKAI_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'gongkai-cli-')) });
  const deadline = (input: object | string, args: string[] = []) =>
    runCli(['requests', 'deadline', ...args], env(), typeof input === 'string' ? input : JSON.stringify(input));

  it('prints the reply and correction-notice deadlines as JSON (国庆 2024, legal.md §3)', async () => {
    const r = await deadline({ receivedOn: '2024-09-27', events: [] });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      dueOn: '2024-10-30',
      correctionNoticeDueOn: '2024-10-12',
      provisional: false,
    });
  });

  it('pauses for consultations and fees, restarts on correction and adds the extension', async () => {
    const r = await deadline({
      receivedOn: '2026-03-02',
      events: [
        { type: 'correction_requested', on: '2026-03-05', days: 10 },
        { type: 'correction_received', on: '2026-03-16' },
        { type: 'consultation_started', on: '2026-03-20' },
        { type: 'consultation_ended', on: '2026-03-24' },
        { type: 'extended', on: '2026-04-01', days: 5 },
      ],
    });
    // From 16 March: 20 working days is 14 April (清明 6 April not counted); the consultation holds
    // 23–24 March (2 days): 16 April; the extension adds 5: 17, 20, 21, 22, 23 April.
    expect(JSON.parse(r.stdout)).toMatchObject({ dueOn: '2026-04-23', provisional: false });
    const noPause = await deadline(
      {
        receivedOn: '2026-09-21',
        events: [
          { type: 'fee_notice_sent', on: '2026-09-24' },
          { type: 'fee_paid', on: '2026-10-09' },
        ],
      },
      ['--no-fee-pause'],
    );
    expect(JSON.parse(noPause.stdout)).toMatchObject({ dueOn: '2026-10-26' });
  });

  it('marks a date in a year whose schedule is unpublished as provisional', async () => {
    const r = await deadline({ receivedOn: '2026-12-15', events: [] });
    expect(JSON.parse(r.stdout)).toMatchObject({ dueOn: '2027-01-13', provisional: true });
  });

  it('refuses histories that break the rules, with a code', async () => {
    const cases: [object | string, string][] = [
      [
        { receivedOn: '2026-03-02', events: [{ type: 'extended', on: '2026-03-05', days: 21 }] },
        'REQUEST_EXTENSION_TOO_LONG',
      ],
      [
        {
          receivedOn: '2026-03-02',
          events: [
            { type: 'extended', on: '2026-03-05', days: 5 },
            { type: 'extended', on: '2026-03-06', days: 5 },
          ],
        },
        'REQUEST_SECOND_EXTENSION',
      ],
      [
        {
          receivedOn: '2026-03-02',
          events: [
            { type: 'correction_requested', on: '2026-03-03', days: 5 },
            { type: 'correction_requested', on: '2026-03-04', days: 5 },
          ],
        },
        'REQUEST_SECOND_CORRECTION',
      ],
      [
        { receivedOn: '2026-03-02', events: [{ type: 'correction_received', on: '2026-03-05' }] },
        'REQUEST_NO_CORRECTION',
      ],
      [{ receivedOn: '2026-03-02', events: [{ type: 'fee_paid', on: '2026-03-05' }] }, 'REQUEST_FEE_STATE'],
      [{ receivedOn: '2026-03-02', events: [{ type: 'extended', on: '2026-03-01', days: 5 }] }, 'REQUEST_EVENT_DATE'],
      [{ receivedOn: '2026-02-30', events: [] }, 'VALIDATION_FAILED'],
      ['{', 'BAD_JSON'],
    ];
    for (const [input, code] of cases) {
      const r = await deadline(input);
      expect(r.code, JSON.stringify(input)).toBe(1);
      expect(r.stderr).toContain(code);
      expect(r.stdout).toBe('');
    }
  });
});

describe('gongkai pii', () => {
  const env = () => ({ GONGKAI_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'gongkai-cli-')) });
  const text = '当事人王五，联系电话13800001111，家住苏州市姑苏区。';

  it('scan prints each finding with JavaScript string indices', async () => {
    const r = await runCli(['pii', 'scan', '-'], env(), text);
    expect(r.code, r.stderr).toBe(0);
    const found = JSON.parse(r.stdout) as { type: string; start: number; end: number; text: string }[];
    expect(found).toEqual([
      { type: 'person_name', start: 3, end: 5, text: '王五' },
      { type: 'mobile', start: 10, end: 21, text: '13800001111' },
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('mask prints the de-identified text', async () => {
    const r = await runCli(['pii', 'mask'], env(), text);
    expect(r.stdout).toBe('当事人王某，联系电话××，家住苏州市姑苏区。');
  });
});
