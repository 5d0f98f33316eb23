import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { Clock } from '../src/platform/clock.ts';
import { loadConfig, type Config } from '../src/config/config.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { seedFixture, TEST_PASSWORD, type Fixture } from './factories.ts';

export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  fixture: Fixture;
  config: Config;
  /** Signs a fixture user in (each call from its own address, so throttling tests stay independent). */
  login(username: string, password?: string): Promise<Session>;
  /** A request as the given session (cookie + CSRF header on writes). */
  as(session: Session | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export function cookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'yunju_sid');
  if (!c) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  return `yunju_sid=${c.value}`;
}

let addressCounter = 0;
export const nextAddress = () => `10.0.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

/** One app and database per test file, with the fixture county seeded. */
/** `options.clock`: the app's current time (deadline tests set it; default the system clock). */
export function useTestApp(overrides: Partial<NodeJS.ProcessEnv> = {}, options: { clock?: Clock } = {}): TestApp {
  const ctx = {} as TestApp;
  let blobsDir: string | undefined;
  beforeAll(async () => {
    // Uploaded files of this test file go to a temporary blob directory, removed afterwards.
    blobsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-blobs-'));
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', YUNJU_WEB_DIST: '/nonexistent', YUNJU_BLOBS_DIR: blobsDir, ...overrides });
    const database = await createTestDatabase();
    const fixture = await seedFixture(database.db);
    const app = await buildApp({ config, database, logger: false, ...(options.clock ? { clock: options.clock } : {}) });
    await app.ready();
    Object.assign(ctx, {
      app,
      database,
      fixture,
      config,
      login: async (username: string, password = TEST_PASSWORD) => {
        const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: nextAddress() });
        if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
        return { cookie: cookieOf(res), csrfToken: res.json().csrfToken as string };
      },
      as: (session: Session | null, method: string, url: string, body?: unknown) =>
        app.inject({
          method: method as 'GET',
          url,
          headers: session ? { cookie: session.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken }) } : {},
          ...(body === undefined ? {} : { payload: body as object }),
        }),
    });
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.database?.drop();
    if (blobsDir) fs.rmSync(blobsDir, { recursive: true, force: true });
  });
  return ctx;
}
