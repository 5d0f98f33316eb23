import type { FastifyInstance } from 'fastify';
import type { IdentityService } from '../../modules/identity/identity.service.ts';
import { IdentityService as Identity } from '../../modules/identity/identity.service.ts';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a user who must change the password may still call. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['/api/auth/me', '/api/auth/logout', '/api/auth/password']);

/**
 * Resolves the session cookie on every /api request; answers 401 for anything but public routes
 * without a session, and 403 for a cookie-authenticated write without the CSRF token.
 */
export function installAuthHook(app: FastifyInstance, identity: IdentityService, cookieName: string): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/') && req.url !== '/api') return;
    const session = await identity.authenticate(req.cookies[cookieName]);
    req.actor = session?.actor ?? null;
    req.csrfToken = session?.csrfToken ?? null;
    const isPublic = req.routeOptions.config.public === true || req.url.startsWith('/api/docs');
    if (isPublic) return;
    if (!session) throw new AppError('auth.unauthenticated');
    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (!Identity.isCsrfTokenValid(session.csrfToken, typeof header === 'string' ? header : undefined)) {
        throw new AppError('auth.csrf_failed');
      }
    }
    if (session.actor.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(req.url.split('?')[0] ?? '')) {
      throw new AppError('auth.password_change_required');
    }
  });
}
