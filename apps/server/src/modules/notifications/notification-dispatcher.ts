import type { Db } from '../../platform/db.ts';
import { claimOutbound, markOutboundSent, releaseOutbound, type NotificationRow } from './notifications.repository.ts';

/** Outbound channels besides the in-app inbox. */
export type OutboundChannel = 'sms' | 'email';

/**
 * What an SMS gateway or a mail server adapter implements. `to` is the recipient's user id
 * (`user:<uuid>`): users carry no phone or e-mail yet, so a real adapter resolves the address
 * itself (and skips users without one).
 */
export interface NotificationDispatcher {
  send(channel: OutboundChannel, to: string, text: string): Promise<void>;
}

interface InfoLogger {
  info(obj: object, msg: string): void;
}

/** The default adapter: writes each outbound message to the log (pino, or the console). */
export class LogAdapter implements NotificationDispatcher {
  constructor(private readonly log: InfoLogger = { info: (obj, msg) => console.log(msg, obj) }) {}

  async send(channel: OutboundChannel, to: string, text: string): Promise<void> {
    this.log.info({ channel, to, text }, 'outbound notice (log adapter: nothing is sent)');
  }
}

export interface DispatchOptions {
  channels?: OutboundChannel[];
  /** At most this many notices per run. */
  limit?: number;
  /** A claimed notice is another dispatcher's again after this long (a crashed process must not hold it). */
  leaseMs?: number;
  /** After this many failed hand-overs a notice is left alone (it stays in the inbox; see outbound_attempts). */
  maxAttempts?: number;
  now?: () => Date;
}

/** The text of an SMS / e-mail: Chinese, as the recipients read it. */
export function outboundText(n: Pick<NotificationRow, 'titleZh' | 'bodyZh'>): string {
  return `【云局】${n.titleZh}：${n.bodyZh}`;
}

/**
 * Hands the notices that `notify` wrote (committed) to the outbound adapters, oldest first;
 * returns how many were handed over. Delivery is at least once: a notice is marked sent only
 * after every channel took it, so a crash in between sends it again on the next run.
 */
export async function dispatchPending(db: Db, dispatcher: NotificationDispatcher, options: DispatchOptions = {}): Promise<number> {
  const { channels = ['sms', 'email'], limit = 100, leaseMs = 60_000, maxAttempts = 5, now = () => new Date() } = options;
  const start = now();
  const claimed = await claimOutbound(db, start, new Date(start.getTime() + leaseMs), maxAttempts, limit);
  let sent = 0;
  for (const n of claimed) {
    try {
      for (const channel of channels) await dispatcher.send(channel, `user:${n.recipientUserId}`, outboundText(n));
      await markOutboundSent(db, n.id, now());
      sent++;
    } catch (err) {
      await releaseOutbound(db, n.id);
      console.error(`yunju: outbound notice ${n.id} failed (attempt ${n.outboundAttempts}): ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return sent;
}

export interface NotificationPoller {
  /** Runs one drain now (and waits for it); the timer keeps going. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Drains the outbox every `intervalMs` (started by `yunju serve`, not by tests). Runs never
 * overlap; a failed run is logged and the next one tries again.
 */
export function startNotificationPoller(db: Db, dispatcher: NotificationDispatcher, intervalMs = 5_000, options: DispatchOptions = {}): NotificationPoller {
  let running: Promise<number> | undefined;
  let stopped = false;
  const drain = (): Promise<number> => {
    running ??= dispatchPending(db, dispatcher, options)
      .catch((err: unknown) => {
        console.error(`yunju: notification dispatch failed: ${err instanceof Error ? err.message : String(err)}`);
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void drain();
  }, intervalMs);
  timer.unref();
  return {
    drain,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
