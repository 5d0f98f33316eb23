import type { FieldError, Problem } from '@yunju/contracts';

/**
 * The one fetch wrapper of the web app: same-origin cookies, the CSRF header on writes,
 * problem+json parsed into `ApiError`, and a hook for "the session is gone".
 */

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

/** An error answer of the API (or no answer at all: `status` 0, code `network.error`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The server's zh-CN and English messages; null when the answer was not problem+json. */
  readonly messageZh: string | null;
  readonly messageEn: string | null;
  readonly fieldErrors: readonly FieldError[];
  readonly retryAfterSeconds: number | null;
  readonly requestId: string | null;

  constructor(init: {
    status: number;
    code: string;
    messageZh?: string | null;
    messageEn?: string | null;
    fieldErrors?: readonly FieldError[];
    retryAfterSeconds?: number | null;
    requestId?: string | null;
  }) {
    super(`${init.status} ${init.code}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.messageZh = init.messageZh ?? null;
    this.messageEn = init.messageEn ?? null;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.requestId = init.requestId ?? null;
  }

  /** The server's message in the given UI language, or null (the caller then uses its own). */
  messageFor(language: string): string | null {
    return language === 'en' ? (this.messageEn ?? this.messageZh) : (this.messageZh ?? this.messageEn);
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** Seconds from a `Retry-After` header: delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Builds an `ApiError` from a non-2xx response, reading problem+json when there is one. */
export async function toApiError(response: Response): Promise<ApiError> {
  const headerRetry = parseRetryAfter(response.headers.get('retry-after'));
  const contentType = response.headers.get('content-type') ?? '';
  let problem: Partial<Problem> | null = null;
  if (contentType.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (body && typeof body === 'object') problem = body as Partial<Problem>;
    } catch {
      problem = null; // a broken body still yields an error with the status
    }
  }
  const fieldErrors = Array.isArray(problem?.errors)
    ? problem.errors.filter((e): e is FieldError => Boolean(e) && typeof e.path === 'string')
    : [];
  return new ApiError({
    status: response.status,
    code: typeof problem?.code === 'string' ? problem.code : `http.${response.status}`,
    messageZh: typeof problem?.message === 'string' ? problem.message : null,
    messageEn: typeof problem?.messageEn === 'string' ? problem.messageEn : null,
    fieldErrors,
    retryAfterSeconds: typeof problem?.retryAfterSeconds === 'number' ? problem.retryAfterSeconds : headerRetry,
    requestId: typeof problem?.requestId === 'string' ? problem.requestId : response.headers.get('x-request-id'),
  });
}

// The CSRF token lives in memory only (never in storage): it comes with every SessionInfo.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header for a write sent outside `api` (an upload through XMLHttpRequest, for its progress events). */
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

let onUnauthenticated: (() => void) | null = null;
/** Called when any request but login/me answers 401: the session ended (idle timeout, revoked). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** Endpoints whose 401 is an answer, not a lost session. */
const sessionProbes = new Set(['/api/auth/login', '/api/auth/me']);

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}, retriedCsrf = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A FormData body (file upload) sets its own multipart content type with the boundary.
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && path !== '/api/auth/login' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network.error' });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && !sessionProbes.has(path)) {
      csrfToken = null;
      onUnauthenticated?.();
    }
    // A stale token (another tab signed in again): fetch the current one and retry once.
    if (error.code === 'auth.csrf_failed' && !retriedCsrf) {
      const session = await request<{ csrfToken: string }>('GET', '/api/auth/me').catch(() => null);
      if (session) {
        csrfToken = session.csrfToken;
        return request<T>(method, path, options, true);
      }
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    request<T>('GET', path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body === undefined ? {} : { body }),
  /** A multipart/form-data POST (file uploads), with the CSRF header like every write. */
  postForm: <T>(path: string, form: FormData) => request<T>('POST', path, { body: form }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body === undefined ? {} : { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body === undefined ? {} : { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
