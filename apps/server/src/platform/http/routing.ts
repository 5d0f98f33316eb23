import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Problem } from '@yunju/contracts';
import { z } from 'zod';

/** For routes that take no parameters: an unexpected one is an error, not silently ignored. */
export const NoQuery = z.strictObject({});

/** The Fastify instance routes are declared on: zod schemas type requests and replies. */
export type Router = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** The problem+json answers every authenticated route can give, for the OpenAPI document. */
export const problemResponses = {
  400: Problem.describe('Invalid input (request.invalid) with per-field errors'),
  401: Problem.describe('No session (auth.unauthenticated)'),
  403: Problem.describe('Forbidden or CSRF token missing'),
} as const;

export const notFoundResponse = { 404: Problem.describe('Not found or outside your scope') } as const;
