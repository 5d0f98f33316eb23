import {
  AdjustmentInput,
  CloseDemandInput,
  DemandDetail,
  DemandInput,
  DemandListQuery,
  DemandPage,
  EngagementDetail,
  EngagementListQuery,
  EngagementPage,
  engagementActionInputs,
  engagementActions,
  ExpertDetail,
  ExpertInput,
  ExpertListQuery,
  ExpertPage,
  FeedbackInput,
  FittingDemandList,
  ImportKind,
  InvitationInput,
  MatchImportReport,
  MatchTeam,
  MatchTeamInput,
  MatchTeamPage,
  OutcomeQuery,
  OutcomeRecordPage,
  OutcomeRecordsQuery,
  OutcomeTable,
  Problem,
  PushInput,
  RecommendationList,
  RecommendationQuery,
  SupplyListQuery,
  TalentInput,
  TalentProfile,
  TalentProfilePage,
  TransferOutput,
  TransferOutputInput,
  TransferOutputPage,
  type EngagementAction,
  type EngagementActionInput,
} from '@yunju/contracts';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { NoQuery, notFoundResponse, problemResponses, type Router } from '../../platform/http/routing.ts';
import { contentDispositionOf, openAttachmentStream, readSingleFile, sendAttachment } from '../attachments/index.ts';
import { adjustRecommendation, closeDemand, getDemand, getRecommendations, inviteExpert, listDemands, listFittingDemands, postDemand, pushRecommendation, recordFeedback } from './demand.service.ts';
import { getEngagement, getEngagementContractFile, listEngagements, performEngagementAction } from './engagement.service.ts';
import { outcomeRecords, outcomeTable } from './outcomes.service.ts';
import {
  createExpert,
  getExpert,
  getMyProfile,
  getMyTalentProfile,
  getTalent,
  getTeam,
  getTransferOutput,
  importProfiles,
  importTemplateFor,
  listExperts,
  listTalents,
  listTeams,
  listTransferOutputs,
  saveTalent,
  saveTeam,
  saveTransferOutput,
  updateExpertProfile,
  updateMyProfile,
  updateMyTalentProfile,
} from './supply.service.ts';

const IdParams = z.object({ id: z.string().uuid() });
const KindParams = z.object({ kind: ImportKind });
const conflict = { 409: Problem.describe('Not possible now (matching.invalid_transition, matching.already_pushed, matching.demand_closed, matching.duplicate_code)') } as const;
const tags = ['matching'];

const actionSummaries: Record<EngagementAction, string> = {
  request_contact: 'Ask to contact the recommended candidate (enterprise, broker): recommended → contact_requested',
  consent: 'Consent to be contacted; contact details are shared from now on (the expert; a broker for teams, resources, outputs)',
  decline: 'Decline contact with a reason (the expert; a broker for teams, resources, outputs)',
  meet: 'Record the meeting (date, place) (enterprise, broker): consented → meeting',
  agree: 'Record the IUR agreement: parties, contract amount, dates, contract file (enterprise, broker): meeting → agreement',
  solve: 'Confirm the problem solved (enterprise): agreement → solved',
  interview: 'Arrange an interview with a recommended talent (enterprise, broker)',
  hire: 'Record the hire (enterprise, broker): interview → hired',
  cancel: 'Cancel an open engagement with a reason (enterprise, broker)',
};

export function matchingRoutes(app: Router, { database, blobs, clock }: AppDeps): void {
  const db = database.db;

  // ───────────── supply ─────────────
  app.get('/api/matching/experts', { schema: { tags, summary: 'Experts (ranked by `q` through the match engine, else by code), with filters', querystring: ExpertListQuery, response: { 200: ExpertPage, ...problemResponses } } }, async (req) =>
    listExperts(db, contextOf(req), req.query),
  );
  app.get('/api/matching/experts/:id', { schema: { tags, summary: 'One expert; contact details only for the expert, brokers and consented parties', params: IdParams, response: { 200: ExpertDetail, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    getExpert(db, contextOf(req), req.params.id),
  );
  app.post('/api/matching/experts', { schema: { tags, summary: 'Add an expert profile (broker)', body: ExpertInput, response: { 201: ExpertDetail, ...problemResponses, ...conflict } } }, async (req, reply) =>
    reply.status(201).send(await createExpert(db, contextOf(req), req.body, clock.now())),
  );
  app.put('/api/matching/experts/:id', { schema: { tags, summary: 'Edit an expert profile (broker)', params: IdParams, body: ExpertInput, response: { 200: ExpertDetail, ...problemResponses, ...notFoundResponse, ...conflict } } }, async (req) =>
    updateExpertProfile(db, contextOf(req), req.params.id, req.body, clock.now()),
  );
  app.get('/api/matching/profile', { schema: { tags, summary: 'The signed-in expert’s own profile', querystring: NoQuery, response: { 200: ExpertDetail, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    getMyProfile(db, contextOf(req)),
  );
  app.put('/api/matching/profile', { schema: { tags, summary: 'The expert edits its own profile (the code is kept)', body: ExpertInput, response: { 200: ExpertDetail, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    updateMyProfile(db, contextOf(req), req.body, clock.now()),
  );
  app.get('/api/matching/talent-profile', { schema: { tags, summary: 'The signed-in talent’s own profile', querystring: NoQuery, response: { 200: TalentProfile, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    getMyTalentProfile(db, contextOf(req)),
  );
  app.put('/api/matching/talent-profile', { schema: { tags, summary: 'The talent edits its own profile (the code is kept)', body: TalentInput, response: { 200: TalentProfile, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    updateMyTalentProfile(db, contextOf(req), req.body, clock.now()),
  );
  app.get('/api/matching/teams', { schema: { tags, summary: 'University and institute teams', querystring: SupplyListQuery, response: { 200: MatchTeamPage, ...problemResponses } } }, async (req) => listTeams(db, contextOf(req), req.query));
  app.get('/api/matching/teams/:id', { schema: { tags, summary: 'One team', params: IdParams, response: { 200: MatchTeam, ...problemResponses, ...notFoundResponse } } }, async (req) => getTeam(db, contextOf(req), req.params.id));
  app.post('/api/matching/teams', { schema: { tags, summary: 'Add a team (broker)', body: MatchTeamInput, response: { 201: MatchTeam, ...problemResponses, ...conflict } } }, async (req, reply) =>
    reply.status(201).send(await saveTeam(db, contextOf(req), null, req.body, clock.now())),
  );
  app.put('/api/matching/teams/:id', { schema: { tags, summary: 'Edit a team (broker)', params: IdParams, body: MatchTeamInput, response: { 200: MatchTeam, ...problemResponses, ...notFoundResponse, ...conflict } } }, async (req) =>
    saveTeam(db, contextOf(req), req.params.id, req.body, clock.now()),
  );
  app.get('/api/matching/talents', { schema: { tags, summary: 'Talents (phone numbers for brokers only)', querystring: SupplyListQuery, response: { 200: TalentProfilePage, ...problemResponses } } }, async (req) =>
    listTalents(db, contextOf(req), req.query),
  );
  app.get('/api/matching/talents/:id', { schema: { tags, summary: 'One talent', params: IdParams, response: { 200: TalentProfile, ...problemResponses, ...notFoundResponse } } }, async (req) => getTalent(db, contextOf(req), req.params.id));
  app.post('/api/matching/talents', { schema: { tags, summary: 'Add a talent (broker)', body: TalentInput, response: { 201: TalentProfile, ...problemResponses, ...conflict } } }, async (req, reply) =>
    reply.status(201).send(await saveTalent(db, contextOf(req), null, req.body, clock.now())),
  );
  app.put('/api/matching/talents/:id', { schema: { tags, summary: 'Edit a talent (broker)', params: IdParams, body: TalentInput, response: { 200: TalentProfile, ...problemResponses, ...notFoundResponse, ...conflict } } }, async (req) =>
    saveTalent(db, contextOf(req), req.params.id, req.body, clock.now()),
  );
  app.get('/api/matching/outputs', { schema: { tags, summary: 'Research outputs offered for transfer', querystring: SupplyListQuery, response: { 200: TransferOutputPage, ...problemResponses } } }, async (req) =>
    listTransferOutputs(db, contextOf(req), req.query),
  );
  app.get('/api/matching/outputs/:id', { schema: { tags, summary: 'One research output', params: IdParams, response: { 200: TransferOutput, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    getTransferOutput(db, contextOf(req), req.params.id),
  );
  app.post('/api/matching/outputs', { schema: { tags, summary: 'Add a research output for transfer (broker)', body: TransferOutputInput, response: { 201: TransferOutput, ...problemResponses, ...conflict } } }, async (req, reply) =>
    reply.status(201).send(await saveTransferOutput(db, contextOf(req), null, req.body, clock.now())),
  );
  app.put('/api/matching/outputs/:id', { schema: { tags, summary: 'Edit a research output (broker)', params: IdParams, body: TransferOutputInput, response: { 200: TransferOutput, ...problemResponses, ...notFoundResponse, ...conflict } } }, async (req) =>
    saveTransferOutput(db, contextOf(req), req.params.id, req.body, clock.now()),
  );
  app.post(
    '/api/matching/imports/:kind',
    {
      schema: {
        tags,
        summary: 'Import profiles in bulk (multipart `file`: .xlsx with the template’s headers, or .jsonl with API field names); all or nothing, row-level rejects (broker)',
        consumes: ['multipart/form-data'],
        params: KindParams,
        response: { 200: MatchImportReport, ...problemResponses },
      },
    },
    async (req) => importProfiles(db, contextOf(req), req.params.kind, () => readSingleFile(req), clock.now()),
  );
  app.get(
    '/api/matching/imports/:kind/template.xlsx',
    { schema: { tags, summary: 'The Excel import template of one kind (broker)', params: KindParams, response: { 200: z.any().describe('xlsx'), ...problemResponses } } },
    async (req, reply) => {
      const file = await importTemplateFor(contextOf(req), req.params.kind);
      const names = { experts: '专家导入模板', teams: '团队导入模板', talents: '人才导入模板', outputs: '成果导入模板' } as const;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDispositionOf(`${names[req.params.kind]}.xlsx`))
        .header('x-content-type-options', 'nosniff')
        .send(file);
    },
  );

  // ───────────── demand ─────────────
  app.post('/api/matching/demands', { schema: { tags, summary: 'Post a technical problem, talent need or cooperation need (enterprise; broker for an enterprise)', body: DemandInput, response: { 201: DemandDetail, ...problemResponses } } }, async (req, reply) =>
    reply.status(201).send(await postDemand(db, contextOf(req), req.body, clock.now())),
  );
  app.get('/api/matching/demands', { schema: { tags, summary: 'Demands in scope (enterprise: own; expert: public and invited; broker, leader: all)', querystring: DemandListQuery, response: { 200: DemandPage, ...problemResponses } } }, async (req) =>
    listDemands(db, contextOf(req), req.query),
  );
  app.get('/api/matching/demands/fitting-me', { schema: { tags, summary: 'Open problems that fit the signed-in expert, with reasons', querystring: NoQuery, response: { 200: FittingDemandList, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    listFittingDemands(db, contextOf(req)),
  );
  app.get('/api/matching/demands/:id', { schema: { tags, summary: 'One demand (a confidential one: 404 unless owner, broker, leader or invited expert)', params: IdParams, response: { 200: DemandDetail, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    getDemand(db, contextOf(req), req.params.id),
  );
  app.post('/api/matching/demands/:id/invitations', { schema: { tags, summary: 'Invite an expert to see the demand (owner enterprise, broker)', params: IdParams, body: InvitationInput, response: { 200: DemandDetail, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    inviteExpert(db, contextOf(req), req.params.id, req.body, clock.now()),
  );
  app.post('/api/matching/demands/:id/close', { schema: { tags, summary: 'Close an unsolved demand with a reason (owner enterprise, broker)', params: IdParams, body: CloseDemandInput, response: { 200: DemandDetail, ...problemResponses, ...notFoundResponse, ...conflict } } }, async (req) =>
    closeDemand(db, contextOf(req), req.params.id, req.body, clock.now()),
  );

  // ───────────── matching ─────────────
  app.get(
    '/api/matching/demands/:id/recommendations',
    { schema: { tags, summary: 'Ranked candidates with reasons (owner enterprise, broker, leader)', params: IdParams, querystring: RecommendationQuery, response: { 200: RecommendationList, ...problemResponses, ...notFoundResponse } } },
    async (req) => getRecommendations(db, contextOf(req), req.params.id, req.query),
  );
  app.post('/api/matching/demands/:id/adjustments', { schema: { tags, summary: 'Pin, remove or restore a candidate (broker)', params: IdParams, body: AdjustmentInput, response: { 200: RecommendationList, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    adjustRecommendation(db, contextOf(req), req.params.id, req.body, clock.now()),
  );
  app.post('/api/matching/demands/:id/push', { schema: { tags, summary: 'Push a candidate to the enterprise: an engagement starts (broker)', params: IdParams, body: PushInput, response: { 201: EngagementDetail, ...problemResponses, ...notFoundResponse, ...conflict } } }, async (req, reply) =>
    reply.status(201).send(await pushRecommendation(db, contextOf(req), req.params.id, req.body, clock.now())),
  );
  app.post('/api/matching/demands/:id/feedback', { schema: { tags, summary: 'Accept / decline a candidate with a reason; changes later rankings (owner enterprise, broker)', params: IdParams, body: FeedbackInput, response: { 200: RecommendationList, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    recordFeedback(db, contextOf(req), req.params.id, req.body, clock.now()),
  );

  // ───────────── brokerage ─────────────
  app.get('/api/matching/engagements', { schema: { tags, summary: 'Engagements in scope (enterprise: own demands; expert: own; broker, leader: all)', querystring: EngagementListQuery, response: { 200: EngagementPage, ...problemResponses } } }, async (req) =>
    listEngagements(db, contextOf(req), req.query),
  );
  app.get('/api/matching/engagements/:id', { schema: { tags, summary: 'One engagement: events, meeting, agreement, contact details after consent, allowed actions', params: IdParams, response: { 200: EngagementDetail, ...problemResponses, ...notFoundResponse } } }, async (req) =>
    getEngagement(db, contextOf(req), req.params.id),
  );
  app.get(
    '/api/matching/engagements/:id/contract',
    {
      schema: {
        tags,
        summary: 'Download the contract file of the engagement’s IUR agreement (anyone who may read the engagement; 404 without one)',
        params: IdParams,
        response: { 200: z.any().describe('the file bytes, with the stored content type'), ...problemResponses, ...notFoundResponse },
      },
    },
    async (req, reply) => {
      const meta = await getEngagementContractFile(db, contextOf(req), req.params.id);
      return sendAttachment(reply, meta, await openAttachmentStream(blobs, meta));
    },
  );
  for (const action of engagementActions) {
    app.post(
      `/api/matching/engagements/:id/actions/${action}`,
      { schema: { tags, summary: actionSummaries[action], params: IdParams, body: engagementActionInputs[action], response: { 200: EngagementDetail, ...problemResponses, ...notFoundResponse, ...conflict } } },
      async (req) => performEngagementAction(db, contextOf(req), req.params.id, action, req.body as EngagementActionInput[typeof action], clock.now()),
    );
  }

  // ───────────── outcomes ─────────────
  app.get('/api/matching/outcomes', { schema: { tags, summary: 'Outcome counters by month, department, town or industry (broker, bureau admin, leader)', querystring: OutcomeQuery, response: { 200: OutcomeTable, ...problemResponses } } }, async (req) =>
    outcomeTable(db, contextOf(req), req.query),
  );
  app.get('/api/matching/outcomes/records', { schema: { tags, summary: 'The records behind one counter cell', querystring: OutcomeRecordsQuery, response: { 200: OutcomeRecordPage, ...problemResponses } } }, async (req) =>
    outcomeRecords(db, contextOf(req), req.query),
  );
}
