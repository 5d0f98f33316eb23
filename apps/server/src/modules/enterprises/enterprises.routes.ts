import { EnterpriseListQuery, EnterprisePage, EnterpriseSummary } from '@yunju/contracts';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { notFoundResponse, problemResponses, type Router } from '../../platform/http/routing.ts';
import { getEnterprise, listEnterprises } from './enterprises.service.ts';

export function enterpriseRoutes(app: Router, { database }: AppDeps): void {
  app.get(
    '/api/enterprises',
    {
      schema: {
        tags: ['enterprises'],
        summary: 'Enterprises in the caller’s scope (an enterprise user sees only its own)',
        querystring: EnterpriseListQuery,
        response: { 200: EnterprisePage, ...problemResponses },
      },
    },
    async (req) => listEnterprises(database.db, contextOf(req), req.query),
  );
  app.get(
    '/api/enterprises/:id',
    {
      schema: {
        tags: ['enterprises'],
        summary: 'One enterprise file',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: EnterpriseSummary, ...problemResponses, ...notFoundResponse },
      },
    },
    async (req) => getEnterprise(database.db, contextOf(req), req.params.id),
  );
}
