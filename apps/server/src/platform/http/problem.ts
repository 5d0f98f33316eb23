import { errorCatalog, type ErrorCode, type FieldError, type Problem } from '@yunju/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function buildProblem(
  code: ErrorCode,
  requestId: string,
  extra: { fieldErrors?: FieldError[] | undefined; retryAfterSeconds?: number | undefined; detail?: string | undefined; instance?: string } = {},
): Problem {
  const entry = errorCatalog[code];
  const problem: Problem = {
    type: `urn:yunju:error:${code}`,
    title: entry.en,
    status: entry.status,
    code,
    message: entry.zh,
    messageEn: entry.en,
    requestId,
  };
  if (extra.detail) problem.detail = extra.detail;
  if (extra.instance) problem.instance = extra.instance;
  if (extra.fieldErrors?.length) problem.errors = extra.fieldErrors;
  if (extra.retryAfterSeconds !== undefined) problem.retryAfterSeconds = extra.retryAfterSeconds;
  return problem;
}

export function sendProblem(req: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  if (problem.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send({ ...problem, instance: problem.instance ?? req.url.split('?')[0] });
}
