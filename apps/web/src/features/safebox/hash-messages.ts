/** Messages between the page and the hashing worker (hash-worker.ts). */
export type WorkerIn = { type: 'hash'; id: number; file: Blob } | { type: 'cancel'; id: number };
export type WorkerOut =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; sha256: string; bytes: number; ms: number }
  | { type: 'error'; id: number; message: string };
