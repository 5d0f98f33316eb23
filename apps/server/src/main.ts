import { buildApp } from './app.ts';
import { loadConfig } from './config/config.ts';
import { describeDatabase, openConfiguredDatabase } from './platform/open-configured-database.ts';
import { isDatabaseEmpty, seedDemoCounty } from './modules/demo/index.ts';
import { IdentityService } from './modules/identity/index.ts';
import { LogAdapter, startNotificationPoller } from './modules/notifications/index.ts';
import { startEscalationTimer } from './modules/cases/index.ts';
import { startTaskReminderTimer } from './modules/coverage/index.ts';
import { safeboxLogFor } from './modules/safebox/index.ts';

/** Start-up: config, migrate, seed the demo county on an empty database, refuse demo passwords in production, listen. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const started = performance.now();
  console.log(`yunju: opening ${describeDatabase(config)}`);
  const database = await openConfiguredDatabase(config);
  await database.migrate();

  if (config.env !== 'production' && config.seedDemo === 'auto' && (await isDatabaseEmpty(database.db))) {
    console.log('yunju: empty database — seeding the demo county (示范县)…');
    const t0 = performance.now();
    const counts = await seedDemoCounty(database, (step, rows) => console.log(`  ✓ ${step}: ${rows}`));
    console.log(`yunju: demo county seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`, counts);
  }

  if (config.env === 'production') {
    const demo = await new IdentityService(database, config).listUsersWithDemoPassword();
    if (demo.length > 0) {
      console.error(`yunju: refusing to start in production: these accounts still use the published demo password: ${demo.join(', ')}. Change them first (yunju user set-password).`);
      await database.close();
      process.exit(1);
    }
  }

  const app = await buildApp({ config, database });
  // SMS / e-mail of in-app notices, after their transaction committed (log adapter until a gateway is configured).
  const notices = startNotificationPoller(database.db, new LogAdapter(app.log));
  // Overdue cases are escalated (督办) every 10 minutes.
  const escalation = startEscalationTimer(database.db, app.log);
  // Yearly coverage tasks due within 7 days: inbox reminders, hourly check, once a day per task.
  const taskReminders = startTaskReminderTimer(database.db, app.log);
  // Safe-box log: integrate deposits at least once a second, re-sign when idle (ADR 0007).
  safeboxLogFor(database, config).ensureSequencer();
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await notices.stop();
    await escalation.stop();
    await taskReminders.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  console.log(`yunju: ready on http://localhost:${config.port} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
