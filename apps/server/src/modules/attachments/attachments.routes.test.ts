import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestApp, type Session } from '../../../test/harness.ts';
import { samples } from '../../../test/sample-files.ts';

const LIMIT = 64 * 1024;
const t = useTestApp({ YUNJU_ATTACHMENT_MAX_BYTES: String(LIMIT) });

interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer | string;
}

/** A multipart/form-data body, as a browser's FormData sends it. */
function multipart(parts: Part[]): { payload: Buffer; contentType: string } {
  const boundary = '----yunjuTestBoundary7MA4YWxkTrZu0gW';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.filename === undefined ? '' : `Content-Type: ${p.contentType ?? 'application/octet-stream'}\r\n`}\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

function upload(session: Session | null, parts: Part[], csrf = true) {
  const { payload, contentType } = multipart(parts);
  const headers: Record<string, string> = { 'content-type': contentType };
  if (session) {
    headers.cookie = session.cookie;
    if (csrf) headers['x-csrf-token'] = session.csrfToken;
  }
  return t.app.inject({ method: 'POST', url: '/api/attachments', headers, payload });
}
const file = (filename: string, data: Buffer, contentType?: string): Part[] => [{ name: 'file', filename, data, ...(contentType ? { contentType } : {}) }];

const blobFiles = (dir = t.config.blobsDir): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? blobFiles(path.join(dir, e.name)) : [path.join(dir, e.name)])) : [];

describe('POST /api/attachments and GET /api/attachments/:id', () => {
  it('round-trips a file: the same bytes, the checked content type, an attachment disposition with the Chinese name, nosniff', async () => {
    const s = await t.login('enterprise');
    const res = await upload(s, file('高新技术企业认定申请书(2025).pdf', samples.pdf, 'text/html'));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ sizeBytes: samples.pdf.length, contentType: 'application/pdf', originalName: '高新技术企业认定申请书(2025).pdf' });
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);

    const dl = await t.as(s, 'GET', `/api/attachments/${body.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(samples.pdf)).toBe(true);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-length']).toBe(String(samples.pdf.length));
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('高新技术企业认定申请书')}%282025%29.pdf`);

    const audit = (await t.as(await t.login('admin'), 'GET', '/api/audit?action=attachment.uploaded')).json();
    expect(audit.items[0]).toMatchObject({ actorName: 'enterprise', targetType: 'attachment', targetId: body.id, summary: { sha256: body.sha256, sizeBytes: samples.pdf.length, originalName: '高新技术企业认定申请书(2025).pdf' } });
  });

  it('stores the same content once, however often it is uploaded', async () => {
    const before = blobFiles().length;
    const a = (await upload(await t.login('officer'), file('材料一.docx', samples.docx))).json();
    const b = (await upload(await t.login('desk'), file('材料二.docx', samples.docx))).json();
    expect(a.id).not.toBe(b.id);
    expect(a.sha256).toBe(b.sha256);
    expect(blobFiles().length).toBe(before + 1);
    expect(blobFiles()).toContain(path.join(t.config.blobsDir, a.sha256.slice(0, 2), a.sha256.slice(2, 4), a.sha256));
  });

  it('accepts every allowed kind', async () => {
    const s = await t.login('officer');
    const kinds: [string, Buffer, string][] = [
      ['a.jpg', samples.jpg, 'image/jpeg'],
      ['a.png', samples.png, 'image/png'],
      ['a.doc', samples.doc, 'application/msword'],
      ['a.xls', samples.xls, 'application/vnd.ms-excel'],
      ['a.xlsx', samples.xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['a.zip', samples.zip, 'application/zip'],
      ['说明.txt', samples.txt, 'text/plain'],
    ];
    for (const [name, data, type] of kinds) {
      const res = await upload(s, file(name, data));
      expect(res.statusCode, name).toBe(201);
      expect(res.json().contentType, name).toBe(type);
    }
  });

  it('rejects a .pdf that is not a PDF and a type that is not allowed, naming the field `file`; nothing is stored', async () => {
    const s = await t.login('enterprise');
    const before = blobFiles().length;
    const spoofed = await upload(s, file('营业执照.pdf', samples.exe, 'application/pdf'));
    expect(spoofed.statusCode).toBe(400);
    expect(spoofed.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: 'file', code: 'content_mismatch' }] });
    const exe = await upload(s, file('setup.exe', samples.exe));
    expect(exe.json().errors[0]).toMatchObject({ path: 'file', code: 'type_not_allowed' });
    const empty = await upload(s, file('空.txt', Buffer.alloc(0)));
    expect(empty.json().errors[0]).toMatchObject({ path: 'file', code: 'empty' });
    expect(blobFiles().length).toBe(before);
  });

  it('answers 413 above the size limit and accepts a file of exactly the limit', async () => {
    const s = await t.login('enterprise');
    const over = await upload(s, file('big.txt', Buffer.alloc(LIMIT + 1, 'a')));
    expect(over.statusCode).toBe(413);
    expect(over.json()).toMatchObject({ code: 'request.too_large' });
    const at = await upload(s, file('exact.txt', Buffer.alloc(LIMIT, 'b')));
    expect(at.statusCode).toBe(201);
  });

  it('rejects a request without a file, with another field, with two files, or not multipart', async () => {
    const s = await t.login('enterprise');
    const none = await upload(s, []);
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0]).toMatchObject({ path: 'file', code: 'required' });
    const field = await upload(s, [{ name: 'note', data: '说明' }, ...file('a.txt', samples.txt)]);
    expect(field.statusCode).toBe(400);
    expect(field.json().errors[0]).toMatchObject({ path: 'note', code: 'unrecognized' });
    const wrongName = await upload(s, [{ name: 'upload', filename: 'a.txt', data: samples.txt }]);
    expect(wrongName.json().errors[0]).toMatchObject({ path: 'upload' });
    const two = await upload(s, [...file('a.txt', samples.txt), ...file('b.txt', samples.txt)]);
    expect(two.statusCode).toBe(400);
    expect(two.json().errors[0]).toMatchObject({ path: 'file', code: 'too_many' });
    const json = await t.as(s, 'POST', '/api/attachments', { file: 'x' });
    expect(json.statusCode).toBe(415);
  });

  it('is forbidden to the leader, the notary and the expert', async () => {
    for (const user of ['leader', 'notary', 'expert']) {
      const res = await upload(await t.login(user), file('a.pdf', samples.pdf));
      expect(res.statusCode, user).toBe(403);
      expect(res.json().code).toBe('auth.forbidden');
    }
  });

  it('requires the CSRF token and a session', async () => {
    const s = await t.login('enterprise');
    const noCsrf = await upload(s, file('a.pdf', samples.pdf), false);
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('auth.csrf_failed');
    expect((await upload(null, file('a.pdf', samples.pdf))).statusCode).toBe(401);
    expect((await t.as(null, 'GET', '/api/attachments/7d0e7a4e-2f59-4b55-9d8c-3f1f0a3a1111')).statusCode).toBe(401);
  });

  it('lets only the uploader download: anyone else, in the county or not, gets 404 as for an unknown id', async () => {
    const owner = await t.login('officer');
    const { id } = (await upload(owner, file('内部.txt', samples.txt))).json();
    for (const user of ['officer2', 'admin', 'enterprise', 'other_admin']) {
      const res = await t.as(await t.login(user), 'GET', `/api/attachments/${id}`);
      expect(res.statusCode, user).toBe(404);
      expect(res.json().code).toBe('resource.not_found');
    }
    expect((await t.as(owner, 'GET', '/api/attachments/7d0e7a4e-2f59-4b55-9d8c-3f1f0a3a1111')).statusCode).toBe(404);
    expect((await t.as(owner, 'GET', `/api/attachments/${id}`)).statusCode).toBe(200);
    // Roles that cannot upload have no downloads of their own either.
    expect((await t.as(await t.login('leader'), 'GET', `/api/attachments/${id}`)).statusCode).toBe(403);
  });

  it('rejects an id that is not a UUID', async () => {
    const res = await t.as(await t.login('officer'), 'GET', '/api/attachments/abc');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'id' });
  });
});
