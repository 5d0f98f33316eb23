import { loadConfig } from './config/config.ts';
import { describeDatabase, openConfiguredDatabase } from './platform/open-configured-database.ts';
import { serve } from './main.ts';

const HELP = `yunju — the Yunju (云局) server and its administration commands

  yunju serve              migrate, seed the demo county on an empty database, serve on PORT (default)
  yunju migrate            apply the database migrations
  yunju seed               seed the demo county into an empty database
  yunju audit verify       walk the audit log's hash chain; exit 1 and name the first broken row
  yunju log audit          safe-box log: re-derive the root from every tile, check every checkpoint
                           is signed and consistent with the latest; exit 1 and list the problems
  yunju backup FILE        write a backup (pg_dump, or the embedded data directory; stop the server first)
  yunju restore FILE       restore a backup into an empty database or data directory
  yunju sql "STATEMENT"    run SQL on the configured database and print the rows of the last statement
                           (the embedded database has no psql; stop the server first)
  yunju cases escalate     escalate (督办) overdue cases now (the server also does it every 10 minutes)
  yunju user set-password --username NAME
                           set a user's password from the YUNJU_NEW_PASSWORD environment variable

Environment: PORT, DATABASE_URL, YUNJU_DATA_DIR, NODE_ENV (see README.md).`;

async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  console.error(`yunju: ${describeDatabase(config)}`);
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', sub, ...rest] = argv;
  switch (command) {
    case 'serve':
      await serve();
      return -1; // keeps running
    case 'migrate':
      await withDatabase(async () => console.log('yunju: migrations applied'));
      return 0;
    case 'seed': {
      const { isDatabaseEmpty, seedDemoCounty } = await import('./modules/demo/index.ts');
      return withDatabase(async (database) => {
        if (!(await isDatabaseEmpty(database.db))) {
          console.error('yunju: the database is not empty; the demo county is only seeded into an empty one');
          return 1;
        }
        const counts = await seedDemoCounty(database, (step, rows) => console.log(`  ✓ ${step}: ${rows}`));
        console.log('yunju: demo county seeded', counts);
        return 0;
      });
    }
    case 'audit': {
      if (sub !== 'verify') break;
      const { verifyAuditChain } = await import('./modules/audit/index.ts');
      return withDatabase(async (database) => {
        const result = await verifyAuditChain(database.db);
        if (!result.firstBreak) {
          console.log(`audit chain intact: ${result.rows} rows verified`);
          return 0;
        }
        const b = result.firstBreak;
        const r = result.breakRow;
        console.log(`audit chain BROKEN at row seq=${b.seq}: ${b.reason}`);
        if (r) console.log(`  row: seq=${r.seq} at=${r.at} action=${r.action} actor=${r.actorName ?? '-'} target=${r.targetType ?? '-'}:${r.targetId ?? '-'}`);
        console.log(`  expected ${b.expected}\n  found    ${b.found}`);
        return 1;
      });
    }
    case 'log': {
      if (sub !== 'audit') break;
      const { auditSafeboxLog } = await import('./modules/safebox/index.ts');
      const { loadSafeboxConfig } = await import('./modules/safebox/safebox.config.ts');
      return withDatabase(async (database) => {
        const r = await auditSafeboxLog(database.db, loadSafeboxConfig(loadConfig()).origin, (l) => console.error(`  ${l}`));
        console.log(`safe-box log ${r.ok ? 'intact' : 'BROKEN'}: size ${r.size}, ${r.tiles} tiles and ${r.checkpoints} checkpoints checked`);
        for (const p of r.problems.slice(0, 50)) console.log(`  ${p}`);
        return r.ok ? 0 : 1;
      });
    }
    case 'cases': {
      if (sub !== 'escalate') break;
      const { runEscalation } = await import('./modules/cases/index.ts');
      return withDatabase(async (database) => {
        const n = await runEscalation(database.db, new Date());
        console.log(`yunju: ${n} overdue case(s) escalated`);
        return 0;
      });
    }
    case 'user': {
      if (sub !== 'set-password') break;
      const username = option(rest, '--username');
      const password = process.env.YUNJU_NEW_PASSWORD;
      if (!username || !password) {
        console.error('usage: YUNJU_NEW_PASSWORD=… yunju user set-password --username NAME');
        return 2;
      }
      const { setPasswordByAdministrator } = await import('./modules/identity/index.ts');
      return withDatabase(async (database) => {
        await setPasswordByAdministrator(database, username, password);
        console.log(`yunju: password of ${username} set; all of its sessions were revoked`);
        return 0;
      });
    }
    case 'backup':
    case 'restore': {
      if (!sub) break;
      const { backupDatabase, restoreDatabase } = await import('./platform/backup.ts');
      const config = loadConfig();
      const target = config.databaseUrl ? { kind: 'postgres' as const, url: config.databaseUrl } : { kind: 'pglite' as const, dataDir: config.dataDir };
      if (command === 'backup') await backupDatabase(target, sub);
      else await restoreDatabase(target, sub);
      console.log(`yunju: ${command === 'backup' ? 'backup written to' : 'restored from'} ${sub} (${describeDatabase(config)})`);
      return 0;
    }
    case 'sql': {
      if (!sub) break;
      return withDatabase(async (database) => {
        const rows = await database.query(sub);
        if (rows.length) console.table(rows);
        else console.log('(no rows)');
        return 0;
      });
    }
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return 0;
  }
  console.error(`unknown command: ${argv.join(' ')}\n\n${HELP}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
