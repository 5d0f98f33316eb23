import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { DiskBlobStore, sha256Of } from './blob-store.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-blob-test-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe('DiskBlobStore', () => {
  const store = new DiskBlobStore(root);
  const data = Buffer.from('高新技术企业认定申请书');
  const sha = sha256Of(data);

  it('stores a blob at ab/cd/<sha256> and reads it back', async () => {
    expect(await store.has(sha)).toBe(false);
    await store.put(sha, data);
    expect(await store.has(sha)).toBe(true);
    expect(fs.existsSync(path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha))).toBe(true);
    expect((await buffer(await store.get(sha))).equals(data)).toBe(true);
  });

  it('is idempotent and leaves no temporary files', async () => {
    await store.put(sha, data);
    await Promise.all([store.put(sha, data), store.put(sha, data)]);
    expect(filesUnder(root)).toEqual([store.pathOf(sha)]);
  });

  it('writes concurrent puts of one new blob once, whole', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    const bigSha = sha256Of(big);
    await Promise.all([store.put(bigSha, big), store.put(bigSha, big), store.put(bigSha, big)]);
    expect((await buffer(await store.get(bigSha))).equals(big)).toBe(true);
    expect(filesUnder(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses content that does not hash to the name, writing nothing', async () => {
    const other = sha256Of(Buffer.from('other'));
    await expect(store.put(other, data)).rejects.toThrow(/does not hash/);
    expect(await store.has(other)).toBe(false);
  });

  it('refuses names that are not SHA-256 digests (no way out of the root)', async () => {
    await expect(store.put('../../etc/passwd', data)).rejects.toThrow(/not a SHA-256/);
    await expect(store.get(sha.toUpperCase())).rejects.toThrow(/not a SHA-256/);
    expect(() => store.pathOf(`${sha}/..`)).toThrow();
  });

  it('rejects reading a blob that is not there', async () => {
    await expect(store.get(sha256Of(Buffer.from('absent')))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
