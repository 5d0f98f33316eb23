import type { CaseAction, CaseDetail } from '@yunju/contracts';
import { expect } from 'vitest';
import type { Clock } from '../src/platform/clock.ts';
import type { Session, TestApp } from './harness.ts';
import { samples } from './sample-files.ts';

/** A clock the test moves: `set('2025-09-30')` is 10:00 that day in Asia/Shanghai. */
export function testClock(start = '2025-09-30'): Clock & { set(day: string, time?: string): void } {
  let at = new Date(`${start}T10:00:00+08:00`);
  return {
    now: () => at,
    set: (day: string, time = '10:00') => {
      at = new Date(`${day}T${time}:00+08:00`);
    },
  };
}

/** Uploads a small file as the session's user; returns the attachment id. */
export async function uploadFile(t: TestApp, s: Session, filename = '营业执照副本.pdf', data: Buffer = samples.pdf): Promise<string> {
  const boundary = '----yunjuCaseBoundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/attachments',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Files an item case online with its required material (营业执照副本) uploaded by the enterprise user. */
export async function submitItemCase(t: TestApp, s: Session, itemId: string, extra: Record<string, unknown> = {}): Promise<CaseDetail> {
  const attachmentId = await uploadFile(t, s);
  const res = await t.as(s, 'POST', '/api/cases', { kind: 'item', itemId, conditionsConfirmed: true, materials: [{ name: '营业执照副本', attachmentId }], ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CaseDetail;
}

/** Takes an action and expects it to succeed; returns the case after it. */
export async function act(t: TestApp, s: Session, id: string, action: CaseAction, body: Record<string, unknown> = {}): Promise<CaseDetail> {
  const res = await t.as(s, 'POST', `/api/cases/${id}/actions/${action}`, body);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json() as CaseDetail;
}

/** The kinds of the notices in the session user's inbox, oldest first. */
export async function inboxKinds(t: TestApp, s: Session, caseId?: string): Promise<string[]> {
  const res = await t.as(s, 'GET', '/api/inbox?pageSize=200');
  expect(res.statusCode, res.body).toBe(200);
  const items = res.json().items as { kind: string; caseId: string | null }[];
  return items
    .filter((n) => caseId === undefined || n.caseId === caseId)
    .map((n) => n.kind)
    .reverse();
}
