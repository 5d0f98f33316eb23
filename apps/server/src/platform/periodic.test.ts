import { describe, expect, it } from 'vitest';
import { startPeriodicJob } from './periodic.ts';

function recordingLog() {
  const lines: { level: 'info' | 'error'; obj: object; msg: string }[] = [];
  return { lines, log: { info: (obj: object, msg: string) => lines.push({ level: 'info', obj, msg }), error: (obj: object, msg: string) => lines.push({ level: 'error', obj, msg }) } };
}
const messages = { countKey: 'done', doneMsg: 'things done', failedMsg: 'things failed' };

describe('startPeriodicJob', () => {
  it('runs at once; stop() waits for the run and logs its count', async () => {
    const { lines, log } = recordingLog();
    let runs = 0;
    const job = startPeriodicJob(
      async () => {
        runs++;
        return 3;
      },
      log,
      3_600_000,
      messages,
    );
    await job.stop();
    expect(runs).toBe(1);
    expect(lines).toEqual([{ level: 'info', obj: { done: 3 }, msg: 'things done' }]);
  });

  it('logs nothing for a run that did nothing, and logs a failure without throwing', async () => {
    const quiet = recordingLog();
    await startPeriodicJob(async () => 0, quiet.log, 3_600_000, messages).stop();
    expect(quiet.lines).toEqual([]);
    const failing = recordingLog();
    const err = new Error('boom');
    await startPeriodicJob(() => Promise.reject(err), failing.log, 3_600_000, messages).stop();
    expect(failing.lines).toEqual([{ level: 'error', obj: { err }, msg: 'things failed' }]);
  });
});
