/** A log with the two levels a background job uses. */
export interface JobLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface PeriodicJob {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `job` now and every `intervalMs`, never two at once; the timer does not keep the process
 * alive. A run that returns a count above 0 is logged as `{ [countKey]: n }` with `doneMsg`;
 * failures are logged with `failedMsg`, not thrown.
 */
export function startPeriodicJob(job: () => Promise<number>, log: JobLog, intervalMs: number, messages: { countKey: string; doneMsg: string; failedMsg: string }): PeriodicJob {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = job()
      .then((n) => {
        if (n > 0) log.info({ [messages.countKey]: n }, messages.doneMsg);
      })
      .catch((err: unknown) => log.error({ err }, messages.failedMsg))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
