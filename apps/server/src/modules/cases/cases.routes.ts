import {
  BulkAssignInput,
  BulkAssignResult,
  caseActionBodies,
  caseActions,
  CaseDetail,
  CaseExportQuery,
  CaseListQuery,
  CaseMaterialParams,
  CasePage,
  CaseParams,
  CaseQueues,
  DepartmentStats,
  DepartmentStatsQuery,
  Problem,
  SubmitCaseInput,
  SupervisionQuery,
  WalkInCaseInput,
  type CaseActionInput,
} from '@yunju/contracts';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { NoQuery, notFoundResponse, problemResponses, type Router } from '../../platform/http/routing.ts';
import { openAttachmentStream, sendAttachment } from '../attachments/index.ts';
import { performCaseAction, bulkAssign } from './case-actions.service.ts';
import { buildCaseWorkbook } from './case-export.ts';
import { departmentStats, listMyQueues, listSupervision } from './case-oversight.service.ts';
import { registerWalkInCase, submitCase } from './case-submission.service.ts';
import { getCase, getCaseMaterialFile, listCases, listCasesForExport } from './cases.service.ts';

const conflict = { 409: Problem.describe('Not possible in the case’s current state (case.invalid_transition, case.open_tasks, …)') } as const;

const actionSummaries: Record<(typeof caseActions)[number], string> = {
  accept: 'Accept (受理) a submitted case (lead officer)',
  reject: 'Refuse to accept (不予受理), with a reason (lead officer)',
  start: 'Start handling an accepted case (lead officer)',
  request_supplement: 'Return the case to the enterprise for a supplement (补正); the deadline pauses (lead officer)',
  supplement: 'Answer a supplement request with a note and files; the deadline resumes, moved by the paused working days (enterprise; desk for walk-in cases)',
  transfer: 'Transfer to another lead department before resolution (lead officer, bureau admin)',
  add_co_handler: 'Ask another department to co-handle (多跨协同): opens a task for it (lead officer, bureau admin)',
  complete_task: 'Complete an open task of your department (co-handling officer; lead officer for a follow-up)',
  resolve: 'Resolve (办结) once every task is done (lead officer)',
  rate: 'Rate the service (好差评) 1–5; a reason for 1–2, which opens a follow-up task (enterprise)',
  reopen: 'Reopen within 15 calendar days of resolution (enterprise)',
  close: 'Close after rating (lead officer, bureau admin), or unrated 15 days after resolution (bureau admin)',
  triage: 'Route a free-form request: set the lead department and optionally the service item (bureau admin)',
  assign: 'Assign the case to an officer of the lead department (lead officer)',
};

export function caseRoutes(app: Router, { database, blobs, clock }: AppDeps): void {
  const db = database.db;

  app.post(
    '/api/cases',
    { schema: { tags: ['cases'], summary: 'File a case online (enterprise)', body: SubmitCaseInput, response: { 201: CaseDetail, ...problemResponses } } },
    async (req, reply) => reply.status(201).send(await submitCase(db, contextOf(req), req.body, clock.now())),
  );
  app.post(
    '/api/cases/walk-in',
    { schema: { tags: ['cases'], summary: 'Register a walk-in case at the service desk for an enterprise (desk)', body: WalkInCaseInput, response: { 201: CaseDetail, ...problemResponses } } },
    async (req, reply) => reply.status(201).send(await registerWalkInCase(db, contextOf(req), req.body, clock.now())),
  );
  app.get(
    '/api/cases',
    { schema: { tags: ['cases'], summary: 'Cases in the caller’s scope, filtered', querystring: CaseListQuery, response: { 200: CasePage, ...problemResponses } } },
    async (req) => listCases(db, contextOf(req), req.query, clock.now()),
  );
  app.get(
    '/api/cases/queues',
    { schema: { tags: ['cases'], summary: 'The caller’s work queues with counts (officer, bureau admin)', querystring: NoQuery, response: { 200: CaseQueues, ...problemResponses } } },
    async (req) => listMyQueues(db, contextOf(req), clock.now()),
  );
  app.get(
    '/api/cases/supervision',
    { schema: { tags: ['cases'], summary: 'Escalated overdue cases under supervision (督办) (bureau admin, leader)', querystring: SupervisionQuery, response: { 200: CasePage, ...problemResponses } } },
    async (req) => listSupervision(db, contextOf(req), req.query, clock.now()),
  );
  app.get(
    '/api/cases/stats/departments',
    { schema: { tags: ['cases'], summary: 'Per-department volume, on-time rate, handling days, rating and backlog (bureau admin, leader)', querystring: DepartmentStatsQuery, response: { 200: DepartmentStats, ...problemResponses } } },
    async (req) => departmentStats(db, contextOf(req), req.query, clock.now()),
  );
  app.get(
    '/api/cases/export.xlsx',
    {
      schema: {
        tags: ['cases'],
        summary: 'The current list filter as a spreadsheet (officer, bureau admin, leader)',
        querystring: CaseExportQuery,
        response: { 200: z.any().describe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), ...problemResponses },
      },
    },
    async (req, reply) => {
      const { items, total } = await listCasesForExport(db, contextOf(req), req.query, clock.now());
      const file = await buildCaseWorkbook(items, total);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('诉求清单.xlsx')}`)
        .header('x-content-type-options', 'nosniff')
        .send(file);
    },
  );
  app.post(
    '/api/cases/bulk-assign',
    { schema: { tags: ['cases'], summary: 'Assign several cases of your department to one colleague (lead officer)', body: BulkAssignInput, response: { 200: BulkAssignResult, ...problemResponses, ...notFoundResponse, ...conflict } } },
    async (req) => bulkAssign(db, contextOf(req), req.body, clock.now()),
  );
  app.get(
    '/api/cases/:id',
    { schema: { tags: ['cases'], summary: 'One case: timeline, tasks, materials, rating and the caller’s allowed actions', params: CaseParams, response: { 200: CaseDetail, ...problemResponses, ...notFoundResponse } } },
    async (req) => getCase(db, contextOf(req), req.params.id, clock.now()),
  );
  app.get(
    '/api/cases/:id/materials/:materialId',
    {
      schema: {
        tags: ['cases'],
        summary: 'Download a material of a case you may read (Content-Disposition: attachment)',
        params: CaseMaterialParams,
        response: { 200: z.any().describe('the file bytes, with the stored content type'), ...problemResponses, ...notFoundResponse },
      },
    },
    async (req, reply) => {
      const meta = await getCaseMaterialFile(db, contextOf(req), req.params.id, req.params.materialId);
      return sendAttachment(reply, meta, await openAttachmentStream(blobs, meta));
    },
  );

  for (const action of caseActions) {
    app.post(
      `/api/cases/:id/actions/${action}`,
      {
        schema: {
          tags: ['cases'],
          summary: actionSummaries[action],
          params: CaseParams,
          body: caseActionBodies[action],
          response: { 200: CaseDetail, ...problemResponses, ...notFoundResponse, ...conflict },
        },
      },
      async (req) => performCaseAction(db, contextOf(req), req.params.id, { ...(req.body as object), action } as CaseActionInput, clock.now()),
    );
  }
}
