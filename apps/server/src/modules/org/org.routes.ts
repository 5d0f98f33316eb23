import { Department, Town } from '@yunju/contracts';
import { z } from 'zod';
import { NoQuery } from '../../platform/http/routing.ts';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { problemResponses, type Router } from '../../platform/http/routing.ts';
import { listDepartments, listTowns } from './org.service.ts';

export function orgRoutes(app: Router, { database }: AppDeps): void {
  app.get(
    '/api/org/departments',
    { schema: { querystring: NoQuery, tags: ['org'], summary: "The county's departments", response: { 200: z.array(Department), ...problemResponses } } },
    async (req) => listDepartments(database.db, contextOf(req)),
  );
  app.get(
    '/api/org/towns',
    { schema: { querystring: NoQuery, tags: ['org'], summary: "The county's towns and subdistricts", response: { 200: z.array(Town), ...problemResponses } } },
    async (req) => listTowns(database.db, contextOf(req)),
  );
}
