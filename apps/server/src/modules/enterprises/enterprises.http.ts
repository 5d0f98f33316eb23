/** Reading a statistics import upload (multipart: field `file` with the .xlsx). HTTP only. */
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '@yunju/contracts';
import { AppError } from '../../platform/errors.ts';
import { mapMultipartError } from '../../platform/http/multipart-errors.ts';
import { contentDispositionOf } from '../attachments/index.ts';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const invalid = (fieldError: FieldError) => new AppError('request.invalid', { fieldErrors: [fieldError] });

export async function readXlsxUpload(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart()) throw new AppError('request.unsupported_media_type');
  let file: { name: string; data: Buffer } | undefined;
  try {
    for await (const part of req.parts({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 1 } })) {
      if (part.type === 'file' && part.fieldname === 'file') file = { name: part.filename, data: await part.toBuffer() };
      else {
        if (part.type === 'file') await part.toBuffer();
        throw invalid({ path: part.fieldname, code: 'unrecognized', message: `不支持的字段：${part.fieldname}`, messageEn: `Unknown field: ${part.fieldname}` });
      }
    }
  } catch (err) {
    throw mapMultipartError(err);
  }
  if (!file) throw invalid({ path: 'file', code: 'required', message: '请选择要导入的 Excel 文件', messageEn: 'Choose an .xlsx file to import' });
  if (!/\.xlsx$/i.test(file.name)) throw invalid({ path: 'file', code: 'invalid_type', message: '只能导入 .xlsx 格式的 Excel 文件', messageEn: 'Only .xlsx workbooks can be imported' });
  return file.data;
}

export function sendFile(reply: FastifyReply, fileName: string, body: Buffer, contentType = XLSX): FastifyReply {
  return reply.header('content-type', contentType).header('content-disposition', contentDispositionOf(fileName)).header('x-content-type-options', 'nosniff').header('cache-control', 'no-store').send(body);
}

export const todayInBeijing = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
