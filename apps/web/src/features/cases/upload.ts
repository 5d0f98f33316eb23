import type { UploadedAttachment } from '@yunju/contracts';
import { ApiError, csrfHeader, toApiError } from '../../api.ts';

export interface UploadOptions {
  /** 0–100 while the bytes go up. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** The response of an XMLHttpRequest as a fetch `Response`, so that `toApiError` reads its problem+json. */
function asResponse(xhr: XMLHttpRequest): Response {
  const headers = new Headers();
  for (const name of ['content-type', 'retry-after', 'x-request-id']) {
    const value = xhr.getResponseHeader(name);
    if (value) headers.set(name, value);
  }
  return new Response(xhr.responseText || null, { status: xhr.status, headers });
}

/**
 * Uploads one file to `POST /api/attachments` (multipart field `file`) with the CSRF header, and
 * reports progress — `fetch` cannot, hence XMLHttpRequest. Errors arrive as `ApiError`.
 */
export function uploadAttachment(file: Blob, fileName: string, { onProgress, signal }: UploadOptions = {}): Promise<UploadedAttachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/attachments');
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeader())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          onProgress?.(100);
          resolve(JSON.parse(xhr.responseText) as UploadedAttachment);
        } catch {
          reject(new ApiError({ status: xhr.status, code: 'http.invalid_json' }));
        }
        return;
      }
      void toApiError(asResponse(xhr)).then(reject, () => reject(new ApiError({ status: xhr.status, code: `http.${xhr.status}` })));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network.error' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, fileName);
    xhr.send(form);
  });
}
