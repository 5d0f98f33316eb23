/**
 * Pure helpers of the safe box pages: the keep file (salt + file hash the enterprise must keep),
 * file names for downloads, sizes, and the title a file suggests.
 */

import { saveBlob } from '../../components/download.ts';

export const KEEP_FORMAT = 'yunju.safebox/keep/v1';

export interface KeepFile {
  format: typeof KEEP_FORMAT;
  depositId: string;
  index: number;
  title: string;
  fileName: string | null;
  fileSize: number | null;
  sha256: string;
  salt: string;
  depositedAt: string | null;
  /** A reminder in both languages, for whoever opens the file years later. */
  notice: string;
}

const NOTICE =
  '请与原文件和存证回执（.tlog-proof）一起妥善保管；核验时需要原文件、存证回执和本文件中的盐值（salt）。' +
  ' Keep with the original file and the receipt (.tlog-proof): verification needs the file, the receipt and the salt below.';

export function keepFile(d: {
  id: string;
  index: number;
  title: string;
  fileName?: string | null;
  fileSize?: number | null;
  sha256: string;
  salt: string;
  depositedAt?: string | null;
}): KeepFile {
  return {
    format: KEEP_FORMAT,
    depositId: d.id,
    index: d.index,
    title: d.title,
    fileName: d.fileName ?? null,
    fileSize: d.fileSize ?? null,
    sha256: d.sha256,
    salt: d.salt,
    depositedAt: d.depositedAt ?? null,
    notice: NOTICE,
  };
}

export const keepFileText = (k: KeepFile): string => `${JSON.stringify(k, null, 2)}\n`;

/** The salt (and file hash) from a keep file's text, or null when it is not one. */
export function parseKeepFile(text: string): { salt: string; sha256: string | null } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { salt, sha256 } = value as { salt?: unknown; sha256?: unknown };
  if (typeof salt !== 'string' || !/^[0-9a-fA-F]{64}$/.test(salt)) return null;
  return { salt: salt.toLowerCase(), sha256: typeof sha256 === 'string' && /^[0-9a-fA-F]{64}$/.test(sha256) ? sha256.toLowerCase() : null };
}

/** A file name safe on Windows, macOS and Linux, from a deposit title. */
export function safeFileName(title: string, fallback = 'deposit'): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = title.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '_').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 80);
  return cleaned === '' ? fallback : cleaned;
}

export const receiptFileName = (title: string, index: number) => `${safeFileName(title)}-${index}.tlog-proof`;
export const keepFileName = (title: string, index: number) => `${safeFileName(title)}-${index}.keep.json`;

/** A title suggested by a file name: the name without its extension. */
export function titleFromFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).slice(0, 200);
}

/** 1.5 GB, 320 KB, 12 B (binary units, as file managers show). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[u]}`;
}

/** Saves text or bytes in the browser as a download. */
export function saveAs(content: string | Blob, name: string, type = 'text/plain;charset=utf-8'): void {
  saveBlob(typeof content === 'string' ? new Blob([content], { type }) : content, name);
}
