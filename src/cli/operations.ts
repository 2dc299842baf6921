import type { Command } from 'commander';
import { loadConfig } from '../config.js';

/**
 * Commands for the operations team (docs/operations.md): backup and restore, and moving the data
 * directory's files into the database. The heavy modules load only when a command runs.
 */
export function operationsCommands(program: Command): void {
  program
    .command('backup')
    .description('备份数据库和文件到一个文件（服务运行时也可执行）')
    .requiredOption('--out <file>', '备份文件（.tar.gz）')
    .action(async (opts: { out: string }) => {
      const { backup } = await import('../platform/backup/backup.js');
      const config = loadConfig();
      const manifest = await backup(config, opts.out);
      const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
      const files = Object.keys(manifest.files).length + (manifest.storedFiles ?? 0);
      console.log(`已备份到 ${opts.out}：${Object.keys(manifest.tables).length} 张表共 ${rows} 行，文件 ${files} 个`);
    });

  program
    .command('restore')
    .description('从备份恢复到空的数据目录（PostgreSQL：空数据库），并核对每张表的行数和每个文件的摘要')
    .argument('<file>', 'gongkai backup 写出的备份文件')
    .action(async (file: string) => {
      const { restore } = await import('../platform/backup/backup.js');
      const manifest = await restore(loadConfig(), file);
      const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
      console.log(
        `已恢复 ${manifest.createdAt} 的备份：${Object.keys(manifest.tables).length} 张表共 ${rows} 行，` +
          `数据目录文件 ${Object.keys(manifest.files).length} 个，核对无误`,
      );
    });

  const files = program.command('files').description('文件存储');
  files
    .command('move')
    .description('把数据目录中的文件移入数据库（PostgreSQL；多个实例共用文件）')
    .action(async () => {
      const config = loadConfig();
      if (!config.databaseUrl) {
        console.log('SQLite 的文件保存在数据目录中，无需移动');
        return;
      }
      const { createDatabaseFileStore } = await import('../platform/files/database-store.js');
      const { moveFilesInto } = await import('../platform/files/move.js');
      const { openDatabase } = await import('../db/database.js');
      const { migrateToLatest } = await import('../db/migrate.js');
      const { recordAudit } = await import('../platform/audit/audit.js');
      const { systemActor } = await import('../platform/auth/actor.js');
      const { systemClock } = await import('../platform/clock/clock.js');
      const database = openDatabase(config);
      try {
        await migrateToLatest(database);
        const moved = await moveFilesInto(
          createDatabaseFileStore(database.db, () => new Date()),
          config.dataDir,
        );
        // The operations team's act is on the record like any other change of what the platform keeps.
        await recordAudit(database.db, systemClock, systemActor('命令行'), {
          action: 'files.move',
          entityType: 'files',
          entityId: '',
          siteId: null,
          after: { files: moved.files, bytes: moved.bytes, damaged: moved.damaged },
        });
        console.log(
          `已移入数据库 ${moved.files} 个文件（${(moved.bytes / 1048576).toFixed(1)} MB）；` +
            '数据目录中的原文件仍保留，核对后可删除',
        );
        for (const name of moved.damaged) console.error(`文件 ${name} 的内容与名称不符，未移入`);
        if (moved.damaged.length) process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
}
