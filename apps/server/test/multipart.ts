import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Session, TestApp } from './harness.ts';

/** POSTs one file as multipart/form-data (field `file`) as the given session. */
export async function postFile(t: TestApp, session: Session | null, url: string, fileName: string, data: Buffer): Promise<LightMyRequestResponse> {
  const boundary = `----yunju${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}) },
  });
}
