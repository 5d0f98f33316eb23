import { Problem, UploadedAttachment } from '@yunju/contracts';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { notFoundResponse, problemResponses, type Router } from '../../platform/http/routing.ts';
import { readSingleFile, sendAttachment } from './attachments.http.ts';

/** For the OpenAPI document only: the multipart body is read (and checked) by readSingleFile. */
const UploadForm = z.object({ file: z.string().meta({ format: 'binary' }).describe('the file; one per request') });
import { getOwnAttachment, openAttachmentStream, uploadAttachment } from './attachments.service.ts';

export function attachmentRoutes(app: Router, { database, blobs }: AppDeps): void {
  app.post(
    '/api/attachments',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Upload one file (multipart/form-data, field `file`): pdf, jpg/jpeg, png, doc/docx, xls/xlsx, zip or txt, checked by extension and content',
        consumes: ['multipart/form-data'],
        body: UploadForm,
        response: { 201: UploadedAttachment, ...problemResponses, 413: Problem.describe('The file is larger than the limit (request.too_large)'), 415: Problem.describe('Not multipart/form-data') },
      },
      // The body is a stream the handler reads; the schema above documents it, it does not validate it.
      validatorCompiler: () => (data: unknown) => ({ value: data }),
    },
    async (req, reply) => {
      const uploaded = await uploadAttachment(database.db, blobs, contextOf(req), () => readSingleFile(req));
      return reply.status(201).send(uploaded);
    },
  );
  app.get(
    '/api/attachments/:id',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Download one of your own uploads (Content-Disposition: attachment)',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: z.any().describe('the file bytes, with the stored content type'), ...problemResponses, ...notFoundResponse },
      },
    },
    async (req, reply) => {
      const meta = await getOwnAttachment(database.db, contextOf(req), req.params.id);
      return sendAttachment(reply, meta, await openAttachmentStream(blobs, meta));
    },
  );
}
