import {
  Assessment,
  AssessmentWeights,
  CauseRecord,
  CauseRecordInput,
  CauseTaxonomy,
  CoverageDashboard,
  CoverageScopeQuery,
  EnterpriseCoverage,
  Fishbone,
  FishboneEnterprisesQuery,
  FishboneQuery,
  Problem,
  Target,
  TargetInput,
  TargetList,
  Task,
  TaskInput,
  TaskList,
  TaskListQuery,
  TaskUpdateInput,
  UncoveredPage,
  UncoveredQuery,
  YearQuery,
} from '@yunju/contracts';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { notFoundResponse, problemResponses, type Router } from '../../platform/http/routing.ts';
import { sendFile } from '../enterprises/index.ts';
import { assessmentPdf, assessmentWorkbook, getAssessment, putWeights } from './assessment.service.ts';
import { createTarget, createTask, listTargets, listTasks, updateTask } from './coverage-tasks.service.ts';
import { coverageDashboard, enterpriseCoverage, exportUncovered, fishbone, fishboneEnterprises, getTaxonomy, listUncovered, putTaxonomy, recordCause } from './coverage.service.ts';

const IdParams = z.object({ id: z.string().uuid() });
const writeResponses = { ...problemResponses, ...notFoundResponse, 409: Problem.describe('Conflict') };
const fileResponse = { 200: z.any().describe('a file (Content-Disposition: attachment)'), ...problemResponses };

export function coverageRoutes(app: Router, { database }: AppDeps): void {
  const db = database.db;
  const tags = ['coverage'];
  app.get('/api/coverage/dashboard', { schema: { tags, summary: 'Five coverage rates: county, trend by year, by town, by industry division (computed from the files)', querystring: CoverageScopeQuery, response: { 200: CoverageDashboard, ...problemResponses } } }, async (req) =>
    coverageDashboard(db, contextOf(req), req.query),
  );
  app.get('/api/coverage/uncovered', { schema: { tags, summary: 'Above-scale industrial enterprises not covered on a flag', querystring: UncoveredQuery, response: { 200: UncoveredPage, ...problemResponses } } }, async (req) =>
    listUncovered(db, contextOf(req), req.query),
  );
  app.get('/api/coverage/uncovered/export.xlsx', { schema: { tags, summary: 'The uncovered list of a flag and scope as Excel', querystring: UncoveredQuery.omit({ page: true, pageSize: true }), response: fileResponse } }, async (req, reply) =>
    sendFile(reply, `未覆盖企业-${req.query.flag}.xlsx`, await exportUncovered(db, contextOf(req), req.query)),
  );
  app.get('/api/coverage/enterprises/:id', { schema: { tags, summary: 'One enterprise’s five flags per year', params: IdParams, response: { 200: EnterpriseCoverage, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    enterpriseCoverage(db, contextOf(req), req.params.id),
  );
  app.get('/api/coverage/causes/taxonomy', { schema: { tags, summary: 'The cause taxonomy of the fishbone', response: { 200: CauseTaxonomy, ...problemResponses } } }, async (req) => getTaxonomy(db, contextOf(req)));
  app.put('/api/coverage/causes/taxonomy', { schema: { tags, summary: 'Replace the cause taxonomy (admin)', body: CauseTaxonomy, response: { 200: CauseTaxonomy, ...problemResponses } } }, async (req) => putTaxonomy(db, contextOf(req), req.body));
  app.post('/api/coverage/causes', { schema: { tags, summary: 'Record why an enterprise is not covered on a flag', body: CauseRecordInput, response: { 201: CauseRecord, ...writeResponses } } }, async (req, reply) =>
    reply.status(201).send(await recordCause(db, contextOf(req), req.body)),
  );
  app.get('/api/coverage/fishbone', { schema: { tags, summary: 'Fishbone of a flag and scope: bones with counts (each enterprise under its primary cause)', querystring: FishboneQuery, response: { 200: Fishbone, ...problemResponses } } }, async (req) =>
    fishbone(db, contextOf(req), req.query),
  );
  app.get('/api/coverage/fishbone/enterprises', { schema: { tags, summary: 'The enterprises of one bone or sub-cause', querystring: FishboneEnterprisesQuery, response: { 200: UncoveredPage, ...problemResponses } } }, async (req) =>
    fishboneEnterprises(db, contextOf(req), req.query),
  );
  app.get('/api/coverage/targets', { schema: { tags, summary: 'Yearly targets with progress computed from the data', querystring: YearQuery, response: { 200: TargetList, ...problemResponses } } }, async (req) =>
    listTargets(db, contextOf(req), req.query.year),
  );
  app.post('/api/coverage/targets', { schema: { tags, summary: 'Set a target for a town or department (admin)', body: TargetInput, response: { 201: Target, ...writeResponses } } }, async (req, reply) =>
    reply.status(201).send(await createTarget(db, contextOf(req), req.body)),
  );
  app.get('/api/coverage/tasks', { schema: { tags, summary: 'The yearly task list (progress computed)', querystring: TaskListQuery, response: { 200: TaskList, ...problemResponses } } }, async (req) =>
    listTasks(db, contextOf(req), req.query),
  );
  app.post('/api/coverage/tasks', { schema: { tags, summary: 'Assign a task to an officer (officers: own department only)', body: TaskInput, response: { 201: Task, ...writeResponses } } }, async (req, reply) =>
    reply.status(201).send(await createTask(db, contextOf(req), req.body)),
  );
  app.put('/api/coverage/tasks/:id', { schema: { tags, summary: 'Edit or close a task (officers: own department only)', params: IdParams, body: TaskUpdateInput, response: { 200: Task, ...writeResponses } } }, async (req) =>
    updateTask(db, contextOf(req), req.params.id, req.body),
  );
  app.get('/api/coverage/assessment', { schema: { tags, summary: 'Weighted scores and ranking of towns and departments', querystring: YearQuery, response: { 200: Assessment, ...problemResponses } } }, async (req) =>
    getAssessment(db, contextOf(req), req.query.year),
  );
  app.put('/api/coverage/assessment/weights', { schema: { tags, summary: 'Set the assessment weights (admin)', body: AssessmentWeights, response: { 200: AssessmentWeights, ...problemResponses } } }, async (req) =>
    putWeights(db, contextOf(req), req.body),
  );
  app.get('/api/coverage/assessment/report.xlsx', { schema: { tags, summary: 'The assessment as Excel', querystring: YearQuery, response: fileResponse } }, async (req, reply) =>
    sendFile(reply, `五个全覆盖考核-${req.query.year}.xlsx`, await assessmentWorkbook(db, contextOf(req), req.query.year)),
  );
  app.get('/api/coverage/assessment/report.pdf', { schema: { tags, summary: 'The assessment as a printable PDF', querystring: YearQuery, response: fileResponse } }, async (req, reply) =>
    sendFile(reply, `五个全覆盖考核-${req.query.year}.pdf`, await assessmentPdf(db, contextOf(req), req.query.year), 'application/pdf'),
  );
}
