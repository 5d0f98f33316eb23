import type { FastifyInstance } from 'fastify';

/** CSP without inline scripts; antd's CSS-in-JS needs inline styles. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-request-id', req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    reply.header('cross-origin-opener-policy', 'same-origin');
    // Swagger UI sets its own CSP with hashes for its inline scripts (staticCSP).
    if (!req.url.startsWith('/api/docs')) reply.header('content-security-policy', CSP);
    if (req.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
    // The public safe-box log (C2SP tlog-tiles) sets its own caching: immutable tiles, no-cache checkpoint.
    if (req.url.startsWith('/api/') && !(req.url.startsWith('/api/safebox/log/') && reply.hasHeader('cache-control'))) reply.header('cache-control', 'no-store');
    return payload;
  });
}
