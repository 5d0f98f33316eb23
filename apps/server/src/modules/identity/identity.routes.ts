import { ChangePasswordInput, LoginInput, SessionInfo } from '@yunju/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { problemResponses, type Router } from '../../platform/http/routing.ts';
import { Problem } from '@yunju/contracts';
import type { IssuedSession } from './identity.service.ts';

export function identityRoutes(app: Router, { identity, config }: AppDeps): void {
  const cookieName = config.session.cookieName;
  const setSessionCookie = (req: FastifyRequest, reply: FastifyReply, issued: IssuedSession) =>
    reply.setCookie(cookieName, issued.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.protocol === 'https',
      path: '/',
      maxAge: issued.maxAgeSeconds,
    });

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password',
        body: LoginInput,
        response: { 200: SessionInfo, 400: Problem, 401: Problem, 429: Problem },
      },
    },
    async (req, reply) => {
      const issued = await identity.login(contextOf(req), req.body);
      setSessionCookie(req, reply, issued);
      return issued.info;
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user and the CSRF token', response: { 200: SessionInfo, 401: Problem } } },
    async (req) => identity.me(contextOf(req), req.csrfToken ?? ''),
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out (revokes the session)', response: { 204: z.null(), ...problemResponses } } },
    async (req, reply) => {
      await identity.logout(contextOf(req));
      reply.clearCookie(cookieName, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change the password; every session of the user is revoked and a new one issued',
        body: ChangePasswordInput,
        response: { 200: SessionInfo, ...problemResponses },
      },
    },
    async (req, reply) => {
      const issued = await identity.changePassword(contextOf(req), req.body);
      setSessionCookie(req, reply, issued);
      return issued.info;
    },
  );
}
