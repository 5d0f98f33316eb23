import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Slice size read at a time: a few MB, so a 1 GB file is never held in memory whole. */
export const HASH_SLICE_BYTES = 4 * 1024 * 1024;

export interface HashProgress {
  /** Bytes hashed so far. */
  done: number;
  total: number;
}

/**
 * Incremental SHA-256 of a Blob (a File) read slice by slice with `blob.slice().arrayBuffer()`.
 * The next slice is read while the current one is hashed. Pure: runs in a Web Worker (the app),
 * in the main thread or in Node (tests). Returns the digest as lowercase hex.
 */
export async function hashBlob(
  blob: Blob,
  onProgress?: (p: HashProgress) => void,
  options: { sliceBytes?: number; isCancelled?: () => boolean } = {},
): Promise<string> {
  const step = options.sliceBytes ?? HASH_SLICE_BYTES;
  const total = blob.size;
  const hasher = sha256.create();
  const read = (at: number) => blob.slice(at, Math.min(at + step, total)).arrayBuffer();
  let at = 0;
  let pending: Promise<ArrayBuffer> | null = total > 0 ? read(0) : null;
  while (pending) {
    const buffer = await pending;
    if (options.isCancelled?.()) throw new HashCancelledError();
    at += buffer.byteLength;
    pending = at < total ? read(at) : null;
    hasher.update(new Uint8Array(buffer));
    onProgress?.({ done: at, total });
  }
  return bytesToHex(hasher.digest());
}

export class HashCancelledError extends Error {
  override name = 'HashCancelledError';
}
