import type { FieldError } from '@yunju/contracts';
import { AppError } from '../errors.ts';

const invalid = (fieldError: FieldError) => new AppError('request.invalid', { fieldErrors: [fieldError] });

/** Maps @fastify/multipart's errors (limits, malformed bodies) to the problem codes every upload route answers with. */
export function mapMultipartError(err: unknown): unknown {
  if (err instanceof AppError || !(err instanceof Error)) return err;
  switch ((err as { code?: string }).code ?? '') {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('request.too_large');
    case 'FST_FILES_LIMIT':
      return invalid({ path: 'file', code: 'too_many', message: '每次只能上传一个文件', messageEn: 'Upload one file at a time' });
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return invalid({ path: 'body', code: 'too_many', message: '表单内容过多', messageEn: 'Too many form fields' });
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('request.unsupported_media_type');
  }
  const status = (err as { statusCode?: number }).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return invalid({ path: 'file', code: 'malformed', message: '上传内容不完整或格式有误', messageEn: 'The upload is incomplete or malformed' });
  }
  return err;
}
