import { AuditPage, AuditQuery } from '@yunju/contracts';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { problemResponses, type Router } from '../../platform/http/routing.ts';
import { listAudit } from './audit.service.ts';

export function auditRoutes(app: Router, { database }: AppDeps): void {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "The tenant's audit log, newest first (permission audit.read)",
        querystring: AuditQuery,
        response: { 200: AuditPage, ...problemResponses },
      },
    },
    async (req) => listAudit(database.db, contextOf(req), req.query),
  );
}
