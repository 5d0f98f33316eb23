import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Problem } from '@yunju/contracts';
import type { Config } from './config/config.ts';
import type { Database } from './platform/db.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import type { AppDeps } from './deps.ts';
import { installAuthHook } from './platform/http/auth-hook.ts';
import { installErrorHandler } from './platform/http/error-handler.ts';
import { buildProblem, sendProblem } from './platform/http/problem.ts';
import { installSecurityHeaders } from './platform/http/security-headers.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { enterpriseRoutes } from './modules/enterprises/index.ts';
import { IdentityService, identityRoutes } from './modules/identity/index.ts';
import { orgRoutes } from './modules/org/index.ts';
import { workbenchRoutes } from './modules/workbench/index.ts';
import { catalogueRoutes } from './modules/catalogue/index.ts';
import { calendarRoutes } from './modules/calendar/index.ts';
import { notificationRoutes } from './modules/notifications/index.ts';
import { attachmentRoutes, DiskBlobStore } from './modules/attachments/index.ts';
import { caseRoutes } from './modules/cases/index.ts';
import { safeboxRoutes } from './modules/safebox/index.ts';
import { matchingRoutes } from './modules/matching/index.ts';
import { coverageRoutes } from './modules/coverage/index.ts';
import { cultivationRoutes } from './modules/cultivation/index.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface BuildAppOptions {
  config: Config;
  database: Database;
  /** pino logger options; tests pass false. */
  logger?: boolean | object;
  /** The current time for deadlines (default: the system clock). */
  clock?: Clock;
}

/** Builds the whole application: platform plugins and every module. Tests call this. */
export async function buildApp({ config, database, logger, clock = systemClock }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    disableRequestLogging: config.env === 'test',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const identity = new IdentityService(database, config);
  const deps: AppDeps = { config, database, identity, blobs: new DiskBlobStore(config.blobsDir), clock };

  installErrorHandler(app);
  installSecurityHeaders(app);
  await app.register(fastifyCookie);
  installAuthHook(app, identity, config.session.cookieName);
  // Uploads: one file per request, at most attachmentMaxBytes (over it: 413); read by attachments.http.ts.
  await app.register(fastifyMultipart, { limits: { fileSize: config.attachmentMaxBytes, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 11, headerPairs: 100 } });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Yunju (云局) API', version: '0.1.0', description: 'The innovation service cloud bureau. Errors are RFC 9457 problem+json with a stable `code`.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: config.session.cookieName }, csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' } } },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  app.get(
    '/api/health',
    { config: { public: true }, schema: { tags: ['platform'], summary: 'Liveness: 200 when the database answers', security: [], response: { 200: z.object({ status: z.literal('ok') }), 503: Problem } } },
    async (req, reply) => {
      try {
        await database.ping();
        return { status: 'ok' as const };
      } catch (err) {
        req.log.error({ err }, 'health check: database does not answer');
        return sendProblem(req, reply, buildProblem('service.unavailable', req.id));
      }
    },
  );

  for (const register of [identityRoutes, auditRoutes, orgRoutes, enterpriseRoutes, workbenchRoutes, calendarRoutes, notificationRoutes, attachmentRoutes, caseRoutes, catalogueRoutes, safeboxRoutes, matchingRoutes, coverageRoutes, cultivationRoutes]) register(app, deps);

  const hasWeb = fs.existsSync(path.join(config.webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: config.webDist,
      wildcard: false,
      index: false,
      setHeaders: (res, file) => {
        res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/', { schema: { hide: true } }, (_req, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  }

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api')) return sendProblem(req, reply, buildProblem(req.actor ? 'route.not_found' : 'auth.unauthenticated', req.id));
    // Client-side routes: every other GET for a page gets the app shell, so deep links survive a reload.
    if (hasWeb && req.method === 'GET' && !path.extname(req.url.split('?')[0] ?? '')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(req, reply, buildProblem('route.not_found', req.id));
  });

  return app;
}
