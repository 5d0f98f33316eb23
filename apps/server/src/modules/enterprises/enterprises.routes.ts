import {
  ContactsInput,
  CooperationInput,
  Correction,
  CorrectionDecision,
  CorrectionInput,
  CorrectionListQuery,
  CorrectionPage,
  EnterpriseDetail,
  EnterpriseInput,
  EnterpriseListQuery,
  EnterprisePage,
  EnterpriseSummary,
  EnterpriseUpdateInput,
  IndustryList,
  IndustryQuery,
  Problem,
  QualificationInput,
  StatsExportQuery,
  StatsImportReport,
  YearlyStatsInput,
} from '@yunju/contracts';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { notFoundResponse, problemResponses, type Router } from '../../platform/http/routing.ts';
import { decideCorrection, listCorrections, submitCorrection } from './enterprise-corrections.service.ts';
import { exportEnterpriseList, exportStats, importStats, statsTemplate } from './enterprise-excel.service.ts';
import {
  addCooperation,
  addQualification,
  createEnterprise,
  getEnterpriseFile,
  listIndustries,
  putContacts,
  putStats,
  removeCooperation,
  removeQualification,
  updateEnterprise,
  updateQualification,
} from './enterprise-file.service.ts';
import { readXlsxUpload, sendFile, todayInBeijing } from './enterprises.http.ts';
import { getEnterprise, listEnterprises } from './enterprises.service.ts';

const IdParams = z.object({ id: z.string().uuid() });
const StatsParams = IdParams.extend({ year: z.coerce.number().int().min(2000).max(2100) });
const QualParams = IdParams.extend({ qid: z.string().uuid() });
const CoopParams = IdParams.extend({ cid: z.string().uuid() });
const CorrectionParams = z.object({ cid: z.string().uuid() });
const writeResponses = { ...problemResponses, ...notFoundResponse, 409: Problem.describe('Conflict (duplicate credit code, already decided)') };
const fileResponse = { 200: z.any().describe('a file (Content-Disposition: attachment)'), ...problemResponses };

export function enterpriseRoutes(app: Router, { database }: AppDeps): void {
  const db = database.db;
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
    async (req) => listEnterprises(db, contextOf(req), req.query),
  );
  app.get(
    '/api/enterprises/export.xlsx',
    { schema: { tags: ['enterprises'], summary: 'The enterprise list of the current filter as Excel', querystring: EnterpriseListQuery, response: fileResponse } },
    async (req, reply) => sendFile(reply, `企业名录-${todayInBeijing()}.xlsx`, await exportEnterpriseList(db, contextOf(req), req.query)),
  );
  app.post(
    '/api/enterprises',
    { schema: { tags: ['enterprises'], summary: 'Create an enterprise file (credit code checked per GB 32100-2015)', body: EnterpriseInput, response: { 201: EnterpriseDetail, ...writeResponses } } },
    async (req, reply) => reply.status(201).send(await createEnterprise(db, contextOf(req), req.body)),
  );
  app.get(
    '/api/enterprises/corrections',
    { schema: { tags: ['enterprises'], summary: 'Corrections enterprises submitted to their files (officers: all, pending first; an enterprise: its own)', querystring: CorrectionListQuery, response: { 200: CorrectionPage, ...problemResponses } } },
    async (req) => listCorrections(db, contextOf(req), req.query),
  );
  app.post(
    '/api/enterprises/corrections/:cid/decide',
    { schema: { tags: ['enterprises'], summary: 'Confirm (statistics are written) or reject a pending correction', params: CorrectionParams, body: CorrectionDecision, response: { 200: Correction, ...writeResponses } } },
    async (req) => decideCorrection(db, contextOf(req), req.params.cid, req.body),
  );
  app.get(
    '/api/enterprises/stats/template.xlsx',
    { schema: { tags: ['enterprises'], summary: 'Empty yearly statistics workbook (the import format)', response: fileResponse } },
    async (req, reply) => sendFile(reply, '企业年度统计-导入模板.xlsx', await statsTemplate(contextOf(req))),
  );
  app.get(
    '/api/enterprises/stats/export.xlsx',
    { schema: { tags: ['enterprises'], summary: 'Yearly statistics of one year as Excel (imports back unchanged)', querystring: StatsExportQuery, response: fileResponse } },
    async (req, reply) => sendFile(reply, `企业年度统计-${req.query.year}.xlsx`, await exportStats(db, contextOf(req), req.query.year)),
  );
  app.post(
    '/api/enterprises/stats/import',
    {
      schema: {
        tags: ['enterprises'],
        summary: 'Import yearly statistics from Excel (multipart `file` .xlsx ≤ 5 MB): all or nothing, every bad row reported; idempotent by credit code + year',
        consumes: ['multipart/form-data'],
        response: { 200: StatsImportReport, ...problemResponses, 413: Problem.describe('Larger than 5 MB'), 415: Problem.describe('Not multipart/form-data') },
      },
    },
    async (req) => importStats(db, contextOf(req), () => readXlsxUpload(req)),
  );
  app.get(
    '/api/industries',
    { schema: { tags: ['enterprises'], summary: 'GB/T 4754-2017 industry classification (sections; children of a code)', querystring: IndustryQuery, response: { 200: IndustryList, ...problemResponses } } },
    async (req) => listIndustries(db, contextOf(req), req.query),
  );
  app.get(
    '/api/enterprises/:id',
    {
      schema: {
        tags: ['enterprises'],
        summary: 'One enterprise (summary)',
        params: IdParams,
        response: { 200: EnterpriseSummary, ...problemResponses, ...notFoundResponse },
      },
    },
    async (req) => getEnterprise(db, contextOf(req), req.params.id),
  );
  app.get(
    '/api/enterprises/:id/file',
    { schema: { tags: ['enterprises'], summary: 'The whole enterprise file (一企一档) with linked cases', params: IdParams, response: { 200: EnterpriseDetail, ...problemResponses, ...notFoundResponse } } },
    async (req) => getEnterpriseFile(db, contextOf(req), req.params.id),
  );
  app.put(
    '/api/enterprises/:id',
    { schema: { tags: ['enterprises'], summary: 'Edit the file’s profile (audited: changed fields before and after)', params: IdParams, body: EnterpriseUpdateInput, response: { 200: EnterpriseDetail, ...writeResponses } } },
    async (req) => updateEnterprise(db, contextOf(req), req.params.id, req.body),
  );
  app.put(
    '/api/enterprises/:id/stats/:year',
    { schema: { tags: ['enterprises'], summary: 'Write one year’s statistics (officers)', params: StatsParams, body: YearlyStatsInput, response: { 200: EnterpriseDetail, ...writeResponses } } },
    async (req) => putStats(db, contextOf(req), req.params.id, req.params.year, req.body),
  );
  app.post(
    '/api/enterprises/:id/qualifications',
    { schema: { tags: ['enterprises'], summary: 'Add a qualification (level, certificate, issue and expiry dates)', params: IdParams, body: QualificationInput, response: { 201: EnterpriseDetail, ...writeResponses } } },
    async (req, reply) => reply.status(201).send(await addQualification(db, contextOf(req), req.params.id, req.body)),
  );
  app.put(
    '/api/enterprises/:id/qualifications/:qid',
    { schema: { tags: ['enterprises'], summary: 'Edit a qualification', params: QualParams, body: QualificationInput, response: { 200: EnterpriseDetail, ...writeResponses } } },
    async (req) => updateQualification(db, contextOf(req), req.params.id, req.params.qid, req.body),
  );
  app.delete(
    '/api/enterprises/:id/qualifications/:qid',
    { schema: { tags: ['enterprises'], summary: 'Remove a qualification', params: QualParams, response: { 200: EnterpriseDetail, ...writeResponses } } },
    async (req) => removeQualification(db, contextOf(req), req.params.id, req.params.qid),
  );
  app.post(
    '/api/enterprises/:id/cooperations',
    { schema: { tags: ['enterprises'], summary: 'Add an industry-university-research cooperation', params: IdParams, body: CooperationInput, response: { 201: EnterpriseDetail, ...writeResponses } } },
    async (req, reply) => reply.status(201).send(await addCooperation(db, contextOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/api/enterprises/:id/cooperations/:cid',
    { schema: { tags: ['enterprises'], summary: 'Remove a cooperation record', params: CoopParams, response: { 200: EnterpriseDetail, ...writeResponses } } },
    async (req) => removeCooperation(db, contextOf(req), req.params.id, req.params.cid),
  );
  app.put(
    '/api/enterprises/:id/contacts',
    { schema: { tags: ['enterprises'], summary: 'Replace the contacts', params: IdParams, body: ContactsInput, response: { 200: EnterpriseDetail, ...writeResponses } } },
    async (req) => putContacts(db, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/enterprises/:id/corrections',
    { schema: { tags: ['enterprises'], summary: 'The enterprise corrects its own file: contact data at once, statistics after an officer confirms', params: IdParams, body: CorrectionInput, response: { 201: Correction, ...writeResponses } } },
    async (req, reply) => reply.status(201).send(await submitCorrection(db, contextOf(req), req.params.id, req.body)),
  );
}
