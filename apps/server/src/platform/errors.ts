import { errorCatalog, type ErrorCode, type FieldError } from '@yunju/contracts';

/** The one error type services throw; the error handler maps `code` to problem+json. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, options: { fieldErrors?: FieldError[]; retryAfterSeconds?: number; detail?: string } = {}) {
    super(errorCatalog[code].en);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.detail = options.detail;
  }

  get status(): number {
    return errorCatalog[this.code].status;
  }
}

export const notFound = (): AppError => new AppError('resource.not_found');
