import { Department, Officer, OfficerQuery, Town } from '@yunju/contracts';
import { z } from 'zod';
import { NoQuery } from '../../platform/http/routing.ts';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { problemResponses, type Router } from '../../platform/http/routing.ts';
import { listDepartments, listOfficers, listTowns } from './org.service.ts';

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
  app.get(
    '/api/org/officers',
    {
      schema: {
        querystring: OfficerQuery,
        tags: ['org'],
        summary: 'Officers a yearly task may be assigned to (officers: their own department; bureau admin: the county)',
        response: { 200: z.array(Officer), ...problemResponses },
      },
    },
    async (req) => listOfficers(database.db, contextOf(req), req.query),
  );
}
