/**
 * Reading a catalogue import upload (multipart: field `file` with the .xlsx, optional field `mode`).
 * HTTP only: the routes call it; services receive the parsed upload through a callback, after they
 * have authorised the caller.
 */
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { CatalogueImportMode, type FieldError } from '@yunju/contracts';
import { AppError } from '../../platform/errors.ts';
import { mapMultipartError } from '../../platform/http/multipart-errors.ts';
import type { ImportUpload } from './catalogue-excel.service.ts';

/** Import workbooks are small: 5 MB holds tens of thousands of rows. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const invalid = (fieldError: FieldError) => new AppError('request.invalid', { fieldErrors: [fieldError] });


/** Reads `file` (an .xlsx of at most 5 MB) and `mode` (default all_or_nothing) from the request. */
export async function readImportUpload(req: FastifyRequest): Promise<ImportUpload> {
  if (!req.isMultipart()) throw new AppError('request.unsupported_media_type');
  let file: { name: string; data: Buffer } | undefined;
  let modeText: string | undefined;
  try {
    for await (const part of req.parts({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2 } })) {
      if (part.type === 'file' && part.fieldname === 'file') file = { name: part.filename, data: await part.toBuffer() };
      else if (part.type === 'field' && part.fieldname === 'mode') modeText = String(part.value);
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
  const mode = CatalogueImportMode.safeParse(modeText ?? 'all_or_nothing');
  if (!mode.success) throw invalid({ path: 'mode', code: 'invalid_value', message: '导入方式应为 all_or_nothing 或 good_rows', messageEn: 'mode must be all_or_nothing or good_rows' });
  return { file: file.data, mode: mode.data };
}
