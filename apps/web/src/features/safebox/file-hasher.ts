import type { WorkerIn, WorkerOut } from './hash-messages.ts';

export interface HashResult {
  sha256: string;
  bytes: number;
  /** Milliseconds the worker spent reading and hashing. */
  ms: number;
}

interface Job {
  id: number;
  file: Blob;
  onProgress: (done: number, total: number) => void;
  resolve: (r: HashResult) => void;
  reject: (e: Error) => void;
}

/**
 * Hashes files in a dedicated Web Worker, one at a time in submission order (one worker is enough:
 * reading the disk and SHA-256 keep one core busy; the page stays free). The file never leaves
 * the browser.
 */
export class FileHasher {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly queue: Job[] = [];
  private current: Job | null = null;

  hash(file: Blob, onProgress: (done: number, total: number) => void = () => undefined): { id: number; result: Promise<HashResult> } {
    const id = this.nextId++;
    const result = new Promise<HashResult>((resolve, reject) => {
      this.queue.push({ id, file, onProgress, resolve, reject });
    });
    this.pump();
    return { id, result };
  }

  /** Stops one file's hashing (queued or running); its promise rejects with an AbortError. */
  cancel(id: number): void {
    const queued = this.queue.findIndex((j) => j.id === id);
    if (queued >= 0) {
      const [job] = this.queue.splice(queued, 1);
      job?.reject(new DOMException('cancelled', 'AbortError'));
      return;
    }
    if (this.current?.id === id) {
      this.post({ type: 'cancel', id });
      this.current.reject(new DOMException('cancelled', 'AbortError'));
      this.current = null;
      this.pump();
    }
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.reject(new DOMException('cancelled', 'AbortError'));
    this.current?.reject(new DOMException('cancelled', 'AbortError'));
    this.current = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private post(msg: WorkerIn): void {
    this.worker?.postMessage(msg);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module', name: 'yunju-file-hash' });
    worker.onmessage = (event: MessageEvent<WorkerOut>) => this.onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const job = this.current;
      this.current = null;
      this.worker?.terminate();
      this.worker = null;
      job?.reject(new Error(event.message || 'hash worker failed'));
      this.pump();
    };
    this.worker = worker;
    return worker;
  }

  private onMessage(msg: WorkerOut): void {
    const job = this.current;
    if (!job || job.id !== msg.id) return; // a cancelled job's late message
    if (msg.type === 'progress') {
      job.onProgress(msg.done, msg.total);
      return;
    }
    this.current = null;
    if (msg.type === 'done') job.resolve({ sha256: msg.sha256, bytes: msg.bytes, ms: msg.ms });
    else job.reject(new Error(msg.message));
    this.pump();
  }

  private pump(): void {
    if (this.current) return;
    const job = this.queue.shift();
    if (!job) return;
    this.current = job;
    this.ensureWorker();
    this.post({ type: 'hash', id: job.id, file: job.file });
  }
}

/** A fresh random 256-bit salt (crypto.getRandomValues), as lowercase hex. */
export function randomSaltHex(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
