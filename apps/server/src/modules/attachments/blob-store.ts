import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** Content-addressed bytes: a blob is named by the SHA-256 (lower-case hex) of its content. */
export interface BlobStore {
  /** Stores the bytes under their hash; storing the same content again is a no-op. */
  put(sha256: string, data: Buffer): Promise<void>;
  /** The bytes of a stored blob; rejects (code ENOENT) when there is none. */
  get(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export const sha256Of = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

function requireHash(sha256: string): string {
  // Also what keeps a caller-supplied name from reaching outside the root.
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256 hex digest: ${JSON.stringify(sha256)}`);
  return sha256;
}

/**
 * Blobs as files under `root` (`<dataDir>/blobs`, also when the database is a PostgreSQL
 * server): `root/ab/cd/<sha256>`. A blob is written to a temporary file in the same directory,
 * flushed, then renamed into place, so a crash never leaves a partial blob under a real name.
 */
export class DiskBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    const h = requireHash(sha256);
    return path.join(this.root, h.slice(0, 2), h.slice(2, 4), h);
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await fsp.access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  async put(sha256: string, data: Buffer): Promise<void> {
    const target = this.pathOf(sha256);
    if (sha256Of(data) !== sha256) throw new Error(`blob content does not hash to ${sha256}`);
    if (await this.has(sha256)) return;
    const dir = path.dirname(target);
    await fsp.mkdir(dir, { recursive: true });
    const temp = path.join(dir, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const fh = await fsp.open(temp, 'wx', 0o640);
      try {
        await fh.writeFile(data);
        await fh.sync();
      } finally {
        await fh.close();
      }
      // Same content under the same name: a concurrent put of the same blob renaming first is harmless.
      await fsp.rename(temp, target);
    } catch (err) {
      await fsp.rm(temp, { force: true });
      throw err;
    }
    await syncDirectory(dir);
  }

  async get(sha256: string): Promise<Readable> {
    // Opened before returning, so a missing blob rejects here rather than failing mid-response.
    const fh = await fsp.open(this.pathOf(sha256), fs.constants.O_RDONLY);
    return fh.createReadStream();
  }
}

/** Makes the rename durable (Linux); where directories cannot be opened it is skipped. */
async function syncDirectory(dir: string): Promise<void> {
  let fh: fsp.FileHandle | undefined;
  try {
    fh = await fsp.open(dir, fs.constants.O_RDONLY);
    await fh.sync();
  } catch {
    // Not supported on this platform: the rename itself is still atomic.
  } finally {
    await fh?.close();
  }
}
