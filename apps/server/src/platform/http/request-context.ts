import type { FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from '../context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Served without a session (login, health, the OpenAPI document, public calendars). */
    public?: boolean;
  }
}

/** The HTTP-free view of a request that services receive. */
export function contextOf(req: FastifyRequest): RequestContext {
  return { actor: req.actor, requestId: req.id, ip: req.ip, userAgent: req.headers['user-agent'] ?? null };
}
