import {
  CatalogueImportReport,
  CatalogueSearchPage,
  CatalogueSearchQuery,
  Problem,
  ResourceDetail,
  ResourceFilter,
  ResourceInput,
  ResourceListQuery,
  ResourcePage,
  ResourceUpdateInput,
  RestoreInput,
  ServiceItemDetail,
  ServiceItemFilter,
  ServiceItemInput,
  ServiceItemListQuery,
  ServiceItemPage,
  ServiceItemUpdateInput,
  ServiceItemVersion,
  ServiceItemVersionList,
  WithdrawInput,
} from '@yunju/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { notFoundResponse, problemResponses, type Router } from '../../platform/http/routing.ts';
import { contentDispositionOf } from '../attachments/index.ts';
import { exportResources, exportServiceItems, getImportRejects, importResources, importServiceItems } from './catalogue-excel.service.ts';
import { readImportUpload } from './catalogue.http.ts';
import {
  createResource,
  createServiceItem,
  getResourceDetail,
  getServiceItemDetail,
  getServiceItemVersionDetail,
  listResources,
  listServiceItems,
  listServiceItemVersions,
  restoreResource,
  restoreServiceItem,
  searchCatalogue,
  updateResourceEntry,
  updateServiceItem,
  withdrawResource,
  withdrawServiceItem,
} from './catalogue.service.ts';

const IdParams = z.object({ id: z.string().uuid() });
const VersionParams = IdParams.extend({ version: z.coerce.number().int().min(1).max(1_000_000) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const writeResponses = { ...problemResponses, ...notFoundResponse, 409: Problem.describe('Duplicate code, or already withdrawn / not withdrawn') };
const importResponses = { 200: CatalogueImportReport, ...problemResponses, 413: Problem.describe('The file is larger than 5 MB (request.too_large)'), 415: Problem.describe('Not multipart/form-data') };
const xlsxResponse = { 200: z.any().describe('an .xlsx workbook (Content-Disposition: attachment)'), ...problemResponses };

function sendWorkbook(reply: FastifyReply, fileName: string, workbook: Buffer): FastifyReply {
  return reply.header('content-type', XLSX).header('content-disposition', contentDispositionOf(fileName)).header('x-content-type-options', 'nosniff').header('cache-control', 'no-store').send(workbook);
}

const today = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

export function catalogueRoutes(app: Router, { database }: AppDeps): void {
  const db = database.db;

  app.get(
    '/api/catalogue/search',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Ranked Chinese full-text search over service items and resources, with highlight ranges',
        querystring: CatalogueSearchQuery,
        response: { 200: CatalogueSearchPage, ...problemResponses },
      },
    },
    async (req) => searchCatalogue(db, contextOf(req), req.query),
  );

  // ───────────── service items ─────────────
  app.get(
    '/api/catalogue/items',
    { schema: { tags: ['catalogue'], summary: 'Service items (创新事项), filtered and sorted', querystring: ServiceItemListQuery, response: { 200: ServiceItemPage, ...problemResponses } } },
    async (req) => listServiceItems(db, contextOf(req), req.query),
  );
  app.get(
    '/api/catalogue/items/export.xlsx',
    { schema: { tags: ['catalogue'], summary: 'The service items of the current filter as Excel (Chinese headers)', querystring: ServiceItemFilter, response: xlsxResponse } },
    async (req, reply) => sendWorkbook(reply, `创新事项目录-${today()}.xlsx`, await exportServiceItems(db, contextOf(req), req.query)),
  );
  app.post(
    '/api/catalogue/items/import',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Import service items from Excel (multipart: `file` .xlsx ≤ 5 MB, `mode` all_or_nothing | good_rows); idempotent by code',
        consumes: ['multipart/form-data'],
        response: importResponses,
      },
    },
    async (req) => importServiceItems(db, contextOf(req), () => readImportUpload(req)),
  );
  app.get(
    '/api/catalogue/items/:id',
    { schema: { tags: ['catalogue'], summary: 'One service item with departments and related resources', params: IdParams, response: { 200: ServiceItemDetail, ...problemResponses, ...notFoundResponse } } },
    async (req) => getServiceItemDetail(db, contextOf(req), req.params.id),
  );
  app.get(
    '/api/catalogue/items/:id/versions',
    { schema: { tags: ['catalogue'], summary: 'Version history of a service item, newest first', params: IdParams, response: { 200: ServiceItemVersionList, ...problemResponses, ...notFoundResponse } } },
    async (req) => listServiceItemVersions(db, contextOf(req), req.params.id),
  );
  app.get(
    '/api/catalogue/items/:id/versions/:version',
    { schema: { tags: ['catalogue'], summary: 'A service item as it stood at one version', params: VersionParams, response: { 200: ServiceItemVersion, ...problemResponses, ...notFoundResponse } } },
    async (req) => getServiceItemVersionDetail(db, contextOf(req), req.params.id, req.params.version),
  );
  app.post(
    '/api/catalogue/items',
    { schema: { tags: ['catalogue'], summary: 'Create a service item (version 1); officers for their own department', body: ServiceItemInput, response: { 201: ServiceItemDetail, ...writeResponses } } },
    async (req, reply) => reply.status(201).send(await createServiceItem(db, contextOf(req), req.body)),
  );
  app.put(
    '/api/catalogue/items/:id',
    { schema: { tags: ['catalogue'], summary: 'Edit a service item: a new version with the change note', params: IdParams, body: ServiceItemUpdateInput, response: { 200: ServiceItemDetail, ...writeResponses } } },
    async (req) => updateServiceItem(db, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/catalogue/items/:id/withdraw',
    { schema: { tags: ['catalogue'], summary: 'Withdraw a service item (a new version)', params: IdParams, body: WithdrawInput, response: { 200: ServiceItemDetail, ...writeResponses } } },
    async (req) => withdrawServiceItem(db, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/catalogue/items/:id/restore',
    { schema: { tags: ['catalogue'], summary: 'Put a withdrawn service item back in force (a new version)', params: IdParams, body: RestoreInput.nullish(), response: { 200: ServiceItemDetail, ...writeResponses } } },
    async (req) => restoreServiceItem(db, contextOf(req), req.params.id, req.body),
  );

  // ───────────── resources ─────────────
  app.get(
    '/api/catalogue/resources',
    { schema: { tags: ['catalogue'], summary: 'Innovation resources (创新资源); phones masked unless you manage the owning department', querystring: ResourceListQuery, response: { 200: ResourcePage, ...problemResponses } } },
    async (req) => listResources(db, contextOf(req), req.query),
  );
  app.get(
    '/api/catalogue/resources/export.xlsx',
    { schema: { tags: ['catalogue'], summary: 'The resources of the current filter as Excel (phones masked as in lists)', querystring: ResourceFilter, response: xlsxResponse } },
    async (req, reply) => sendWorkbook(reply, `创新资源目录-${today()}.xlsx`, await exportResources(db, contextOf(req), req.query)),
  );
  app.post(
    '/api/catalogue/resources/import',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Import resources from Excel (multipart: `file` .xlsx ≤ 5 MB, `mode` all_or_nothing | good_rows); idempotent by code',
        consumes: ['multipart/form-data'],
        response: importResponses,
      },
    },
    async (req) => importResources(db, contextOf(req), () => readImportUpload(req)),
  );
  app.get(
    '/api/catalogue/resources/:id',
    { schema: { tags: ['catalogue'], summary: 'One resource with the service items that list it', params: IdParams, response: { 200: ResourceDetail, ...problemResponses, ...notFoundResponse } } },
    async (req) => getResourceDetail(db, contextOf(req), req.params.id),
  );
  app.post(
    '/api/catalogue/resources',
    { schema: { tags: ['catalogue'], summary: 'Create a resource; officers for their own department', body: ResourceInput, response: { 201: ResourceDetail, ...writeResponses } } },
    async (req, reply) => reply.status(201).send(await createResource(db, contextOf(req), req.body)),
  );
  app.put(
    '/api/catalogue/resources/:id',
    { schema: { tags: ['catalogue'], summary: 'Edit a resource', params: IdParams, body: ResourceUpdateInput, response: { 200: ResourceDetail, ...writeResponses } } },
    async (req) => updateResourceEntry(db, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/catalogue/resources/:id/withdraw',
    { schema: { tags: ['catalogue'], summary: 'Withdraw a resource', params: IdParams, body: WithdrawInput, response: { 200: ResourceDetail, ...writeResponses } } },
    async (req) => withdrawResource(db, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/catalogue/resources/:id/restore',
    { schema: { tags: ['catalogue'], summary: 'Offer a withdrawn resource again', params: IdParams, body: RestoreInput.nullish(), response: { 200: ResourceDetail, ...writeResponses } } },
    async (req) => restoreResource(db, contextOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/catalogue/imports/:id/rejects.xlsx',
    { schema: { tags: ['catalogue'], summary: 'The rejected rows of your own good_rows import, with a 原因 column (24 h)', params: IdParams, response: { ...xlsxResponse, ...notFoundResponse } } },
    async (req, reply) => {
      const { fileName, workbook } = await getImportRejects(db, contextOf(req), req.params.id);
      return sendWorkbook(reply, fileName, workbook);
    },
  );
}
