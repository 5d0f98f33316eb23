import { Workbench } from '@yunju/contracts';
import { NoQuery } from '../../platform/http/routing.ts';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { problemResponses, type Router } from '../../platform/http/routing.ts';
import { getWorkbench } from './workbench.service.ts';

export function workbenchRoutes(app: Router, { database }: AppDeps): void {
  app.get(
    '/api/workbench',
    { schema: { querystring: NoQuery, tags: ['workbench'], summary: "The caller's workbench: to-do counts and figures for the role", response: { 200: Workbench, ...problemResponses } } },
    async (req) => getWorkbench(database.db, contextOf(req)),
  );
}
