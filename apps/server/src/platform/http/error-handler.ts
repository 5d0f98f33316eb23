import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import { buildProblem, sendProblem } from './problem.ts';
import { describeIssue } from './zod-messages.ts';

/** One place where every error becomes RFC 9457 problem+json; stack traces and SQL stay in the log. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      return sendProblem(req, reply, buildProblem(err.code, req.id, { fieldErrors: err.fieldErrors, retryAfterSeconds: err.retryAfterSeconds, detail: err.detail }));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const location = err.validationContext ?? 'body';
      const fieldErrors = err.validation.map((v) =>
        describeIssue(
          {
            ...(v.params as object),
            code: v.keyword,
            message: v.message ?? '',
            path: v.instancePath.split('/').filter(Boolean),
          },
          location,
        ),
      );
      return sendProblem(req, reply, buildProblem('request.invalid', req.id, { fieldErrors }));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return sendProblem(req, reply, buildProblem('server.internal', req.id));
    }
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
      case 'FST_REQ_FILE_TOO_LARGE': // an upload over the multipart fileSize limit
        return sendProblem(req, reply, buildProblem('request.too_large', req.id));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(req, reply, buildProblem('request.unsupported_media_type', req.id));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(req, reply, buildProblem('request.invalid', req.id, { detail: 'The body is not valid JSON', fieldErrors: [{ path: 'body', code: 'invalid_json', message: '请求内容不是有效的 JSON', messageEn: 'The body is not valid JSON' }] }));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      req.log.info({ err }, 'client error');
      return sendProblem(req, reply, buildProblem('request.invalid', req.id, { detail: err.message }));
    }
    req.log.error({ err }, 'unhandled error');
    return sendProblem(req, reply, buildProblem('server.internal', req.id));
  });
}
