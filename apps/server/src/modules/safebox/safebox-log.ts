/**
 * The running safe-box log of one server process: the group-commit deposit queue and the
 * sequencer timer. Indices, tiles and checkpoints live in the database (log.repository.ts), so
 * several processes can share one log; the sequencer lock and the head's compare-and-set keep
 * them from ever signing two inconsistent checkpoints.
 */
import type { Config } from '../../config/config.ts';
import type { Database, Db } from '../../platform/db.ts';
import { loadLogSigner, type LogSigner } from './log-signer.ts';
import { createHash, randomBytes } from 'node:crypto';
import { parseTimeStampResponse, timeStampRequest } from '@yunju/tlog';
import { ensureLogRows, insertCheckpointTimestamp, insertDepositBatch, integrate, readHead, type AuditStamp, type IntegrateResult, type NewDepositRow } from './log.repository.ts';
import { loadSafeboxConfig, type SafeboxConfig } from './safebox.config.ts';

/** Largest group commit (the INSERT has 15 parameters a row; PostgreSQL allows 65,535). */
const MAX_GROUP = 1000;
/** Largest number of entries integrated into one checkpoint. */
const MAX_INTEGRATE = 50_000;
/** Shortest gap between two sequencer steps when deposits keep arriving. */
const MIN_GAP_MS = 50;

interface Pending {
  row: NewDepositRow;
  audit: AuditStamp;
  resolve: (index: number) => void;
  reject: (e: unknown) => void;
}

export interface LogEvents {
  error(message: string, err: unknown): void;
}

export class SafeboxLog {
  readonly config: SafeboxConfig;
  readonly signer: LogSigner;
  private queue: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private ready: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private integrating: Promise<IntegrateResult> | undefined;
  private stopped = false;
  private events: LogEvents = { error: (m, e) => console.error(`yunju: ${m}`, e) };

  constructor(
    private readonly db: Db,
    config: SafeboxConfig,
    signer?: LogSigner,
  ) {
    this.config = config;
    this.signer = signer ?? loadLogSigner(config.origin, config.logKeyFile);
  }

  setEvents(e: LogEvents): void {
    this.events = e;
  }

  /**
   * Appends deposits durably: resolves with their leaf indices once the rows are committed.
   * Concurrent callers are grouped into one multi-row INSERT transaction (group commit): while one
   * transaction is in flight, the next requests queue up and go together in the next.
   */
  async append(items: readonly { row: NewDepositRow; audit: AuditStamp }[]): Promise<number[]> {
    if (this.config.autoSequence) this.ensureSequencer();
    await (this.ready ??= ensureLogRows(this.db).catch((e: unknown) => {
      this.ready = undefined;
      throw e;
    }));
    const promises = items.map(
      (item) =>
        new Promise<number>((resolve, reject) => {
          this.queue.push({ ...item, resolve, reject });
        }),
    );
    this.kick();
    return Promise.all(promises);
  }

  private kick(): void {
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = this.flush().finally(() => {
      this.flushing = undefined;
      this.kick();
    });
  }

  private async flush(): Promise<void> {
    const group = this.queue.splice(0, MAX_GROUP);
    try {
      const first = await insertDepositBatch(
        this.db,
        group.map((p) => p.row),
        group.map((p) => p.audit),
      );
      group.forEach((p, i) => p.resolve(first + i));
      this.nudge();
    } catch (e) {
      for (const p of group) p.reject(e);
    }
  }

  /** One sequencing step now (tests, `yunju log sign`); concurrent calls share the step in flight. */
  integrateNow(now = new Date()): Promise<IntegrateResult> {
    return (this.integrating ??= integrate(this.db, {
      origin: this.config.origin,
      signer: this.signer.signer,
      verifierKey: this.signer.verifierKey,
      now,
      resignMs: this.config.resignMs,
      maxBatch: MAX_INTEGRATE,
    }).finally(() => {
      this.integrating = undefined;
    }));
  }

  /**
   * Starts the sequencer (idempotent): a step at least every integrateMs (idle re-signing included),
   * and sooner after a group commit — a committed deposit is integrated MIN_GAP_MS after the
   * previous step at the earliest, so a busy log signs a checkpoint every few tens of ms and a
   * deposit waits for its checkpoint about one step, not one interval.
   */
  ensureSequencer(): void {
    if (this.sequencing || this.stopped) return;
    this.sequencing = true;
    this.scheduleStep(0);
  }

  private sequencing = false;
  private dueAt = Infinity;
  private lastStepAt = 0;
  private nudged = false;
  private lastStampAt = 0;

  /**
   * Asks the configured RFC 3161 TSA for a time-stamp token over SHA-256 of the latest signed
   * checkpoint (the note text exactly as served) and stores it. Outside the sequencer transaction:
   * a slow or absent TSA never holds up sequencing.
   */
  async stampLatest(): Promise<{ checkpointId: number } | undefined> {
    const url = this.config.tsaUrl;
    if (!url) return undefined;
    const head = await readHead(this.db);
    if (!head) return undefined;
    const digest = createHash('sha256').update(head.note, 'utf8').digest();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/timestamp-query' }, body: Buffer.from(timeStampRequest(digest, randomBytes(8))), signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`TSA ${url} answered ${res.status}`);
    const r = parseTimeStampResponse(new Uint8Array(await res.arrayBuffer()));
    if (r.status > 1 || !r.token) throw new Error(`TSA ${url} refused the request (status ${r.status})`);
    await insertCheckpointTimestamp(this.db, { checkpointId: head.checkpointId, tsaUrl: url, token: Buffer.from(r.token), stampedAt: new Date() });
    return { checkpointId: head.checkpointId };
  }

  private scheduleStep(ms: number): void {
    if (this.stopped || !this.sequencing) return;
    const at = Date.now() + ms;
    if (this.timer && at >= this.dueAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.dueAt = at;
    this.timer = setTimeout(() => void this.step(), ms);
    this.timer.unref?.();
  }

  /** After a group commit: run a step soon (not before MIN_GAP_MS after the last one). */
  private nudge(): void {
    if (!this.sequencing) return;
    if (this.integrating) {
      this.nudged = true; // deposits committed during a step: the next step follows it closely
      return;
    }
    this.scheduleStep(Math.max(0, this.lastStepAt + MIN_GAP_MS - Date.now()));
  }

  private async step(): Promise<void> {
    this.timer = undefined;
    this.dueAt = Infinity;
    let again = this.config.integrateMs;
    this.nudged = false;
    try {
      const r = await this.integrateNow();
      // A full batch: more is waiting, go again at once.
      if (r.kind === 'signed' && r.added === MAX_INTEGRATE) again = 0;
      if (r.kind === 'signed' && this.config.tsaUrl && Date.now() - this.lastStampAt >= this.config.tsaIntervalMs) {
        this.lastStampAt = Date.now();
        void this.stampLatest().catch((e: unknown) => this.events.error('safe-box: RFC 3161 time stamp failed', e));
      }
    } catch (e) {
      this.events.error('safe-box sequencer step failed', e);
    }
    this.lastStepAt = Date.now();
    this.scheduleStep(this.nudged ? Math.min(again, MIN_GAP_MS) : again);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.integrating?.catch(() => undefined);
    while (this.flushing) await this.flushing;
  }
}

const logs = new WeakMap<Database, SafeboxLog>();

/** The process's log for a database (one per database object; routes and main.ts share it). */
export function safeboxLogFor(database: Database, config: Config): SafeboxLog {
  let log = logs.get(database);
  if (!log) {
    log = new SafeboxLog(database.db, loadSafeboxConfig(config));
    logs.set(database, log);
  }
  return log;
}
