/**
 * HTTP helpers for files: reading one uploaded file from a multipart request and sending a
 * stored attachment. Other modules' routes (e.g. a case's material download) import this file;
 * services never do.
 */
import type { Readable } from 'node:stream';
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '@yunju/contracts';
import { AppError } from '../../platform/errors.ts';
import { mapMultipartError } from '../../platform/http/multipart-errors.ts';
import type { AttachmentMeta, IncomingFile } from './attachments.service.ts';

const invalid = (fieldError: FieldError) => new AppError('request.invalid', { fieldErrors: [fieldError] });


/**
 * Reads the one file of a `multipart/form-data` request, in the field `file`, into memory (the
 * size limit is the multipart plugin's `fileSize`: over it, 413). Any other field is an error.
 */
export async function readSingleFile(req: FastifyRequest, fieldName = 'file'): Promise<IncomingFile> {
  if (!req.isMultipart()) throw new AppError('request.unsupported_media_type');
  let file: IncomingFile | undefined;
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file' || part.fieldname !== fieldName) {
        throw invalid({ path: part.fieldname, code: 'unrecognized', message: `不支持的字段：${part.fieldname}`, messageEn: `Unknown field: ${part.fieldname}` });
      }
      file = { fileName: part.filename, data: await part.toBuffer() };
    }
  } catch (err) {
    throw mapMultipartError(err);
  }
  if (!file) throw invalid({ path: fieldName, code: 'required', message: '请选择要上传的文件', messageEn: 'Choose a file to upload' });
  return file;
}

/** RFC 5987 / 6266 `filename*` value: UTF-8, percent-encoded (Chinese names survive every browser). */
export function contentDispositionOf(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

/** Sends a stored file as a download: its content type, `Content-Disposition: attachment`, nosniff. */
export function sendAttachment(reply: FastifyReply, meta: AttachmentMeta, stream: Readable): FastifyReply {
  return reply
    .header('content-type', meta.contentType)
    .header('content-length', String(meta.sizeBytes))
    .header('content-disposition', contentDispositionOf(meta.originalName))
    .header('x-content-type-options', 'nosniff')
    .send(stream);
}
