import { CultivationSummary, ExpiringPage, ExpiringQuery, Pipeline, PipelineQuery, Plan, PlanInput, PlanListQuery, PlanPage, PlanTaskCompletion, Problem, TierAssessment, TierLadder, TierLadderInput } from '@yunju/contracts';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { NoQuery, notFoundResponse, problemResponses, type Router } from '../../platform/http/routing.ts';
import { completeTask, createPlan, cultivationSummary, expiring, getLadder, getPlan, listPlans, pipeline, putLadder, tierAssessment } from './cultivation.service.ts';

const IdParams = z.object({ id: z.string().uuid() });
const TaskParams = IdParams.extend({ taskId: z.string().uuid() });
const writeResponses = { ...problemResponses, ...notFoundResponse, 409: Problem.describe('Already done') };

export function cultivationRoutes(app: Router, { database }: AppDeps): void {
  const db = database.db;
  const tags = ['cultivation'];
  app.get('/api/cultivation/ladder', { schema: { tags, summary: 'The tier ladder: each tier’s criteria and the document they come from', querystring: NoQuery, response: { 200: TierLadder, ...problemResponses } } }, async (req) => getLadder(db, contextOf(req)));
  app.put('/api/cultivation/ladder', { schema: { tags, summary: 'Replace the county’s tier ladder (admin)', body: TierLadderInput, response: { 200: TierLadder, ...problemResponses } } }, async (req) => putLadder(db, contextOf(req), req.body));
  app.get('/api/enterprises/:id/tiers', { schema: { tags, summary: 'Current tiers, the next tier and each unmet criterion with its gap', params: IdParams, response: { 200: TierAssessment, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    tierAssessment(db, contextOf(req), req.params.id),
  );
  app.get('/api/cultivation/pipelines', { schema: { tags, summary: 'Candidates for a tier, ranked by how close they are', querystring: PipelineQuery, response: { 200: Pipeline, ...problemResponses } } }, async (req) => pipeline(db, contextOf(req), req.query));
  app.get('/api/cultivation/expiring', { schema: { tags, summary: 'Certificates expiring within N months (default 6)', querystring: ExpiringQuery, response: { 200: ExpiringPage, ...problemResponses } } }, async (req) => expiring(db, contextOf(req), req.query));
  app.get('/api/cultivation/plans', { schema: { tags, summary: 'Cultivation plans', querystring: PlanListQuery, response: { 200: PlanPage, ...problemResponses } } }, async (req) => listPlans(db, contextOf(req), req.query));
  app.post('/api/cultivation/plans', { schema: { tags, summary: 'Create a plan with tasks for several departments', body: PlanInput, response: { 201: Plan, ...writeResponses } } }, async (req, reply) =>
    reply.status(201).send(await createPlan(db, contextOf(req), req.body)),
  );
  app.get('/api/cultivation/plans/:id', { schema: { tags, summary: 'One plan', params: IdParams, response: { 200: Plan, ...problemResponses, ...notFoundResponse } } }, async (req) => getPlan(db, contextOf(req), req.params.id));
  app.post('/api/cultivation/plans/:id/tasks/:taskId/complete', { schema: { tags, summary: 'Mark a plan task done (the task’s department)', params: TaskParams, body: PlanTaskCompletion, response: { 200: Plan, ...writeResponses } } }, async (req) =>
    completeTask(db, contextOf(req), req.params.id, req.params.taskId, req.body),
  );
  app.get('/api/cultivation/summary', { schema: { tags, summary: 'Tier counts, expiring certificates, plans, enterprises cultivated across departments', querystring: NoQuery, response: { 200: CultivationSummary, ...problemResponses } } }, async (req) =>
    cultivationSummary(db, contextOf(req)),
  );
}
