import { ApiError, toApiError, withQuery, type QueryValue } from '../api.ts';

/** The file name of a `Content-Disposition` header (RFC 6266 / 5987 `filename*` first), else the fallback. */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // a malformed escape: try the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  const name = plain?.[2] ?? plain?.[1]?.trim();
  return name ? name : fallback;
}

/**
 * Downloads a file of the API (an Excel export) with the session cookie and saves it under the
 * server's file name. Errors arrive as `ApiError`, like every other call.
 */
export async function downloadFile(path: string, query: Record<string, QueryValue> | undefined, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(withQuery(path, query), { credentials: 'same-origin' });
  } catch {
    throw new ApiError({ status: 0, code: 'network.error' });
  }
  if (!response.ok) throw await toApiError(response);
  const blob = await response.blob();
  const name = filenameFromDisposition(response.headers.get('content-disposition'), fallbackName);
  saveBlob(blob, name);
  return name;
}

/** Saves a blob in the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
