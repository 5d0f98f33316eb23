/**
 * The file-hashing Web Worker: SHA-256 of one File at a time, slice by slice (hash-blob.ts), so
 * the page stays responsive and a 1 GB file is never loaded whole. Messages:
 *   in  { type: 'hash', id, file } | { type: 'cancel', id }
 *   out { type: 'progress', id, done, total } | { type: 'done', id, sha256, bytes, ms } | { type: 'error', id, message }
 */
import { HashCancelledError, hashBlob } from './hash-blob.ts';
import type { WorkerIn, WorkerOut } from './hash-messages.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerIn>) => void) | null;
  postMessage(message: WorkerOut): void;
}
const scope = self as unknown as WorkerScope;
const cancelled = new Set<number>();

async function run(id: number, file: Blob): Promise<void> {
  const started = performance.now();
  let lastPost = 0;
  try {
    const sha256 = await hashBlob(
      file,
      ({ done, total }) => {
        // At most ~20 progress messages a second.
        const now = performance.now();
        if (now - lastPost < 50 && done < total) return;
        lastPost = now;
        scope.postMessage({ type: 'progress', id, done, total });
      },
      { isCancelled: () => cancelled.has(id) },
    );
    scope.postMessage({ type: 'done', id, sha256, bytes: file.size, ms: Math.round(performance.now() - started) });
  } catch (error) {
    if (error instanceof HashCancelledError) return;
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    cancelled.delete(id);
  }
}

scope.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === 'cancel') cancelled.add(msg.id);
  else void run(msg.id, msg.file);
};
