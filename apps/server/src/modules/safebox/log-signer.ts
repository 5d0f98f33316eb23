import fs from 'node:fs';
import path from 'node:path';
import { formatVerifierKey, generateEd25519Keys, parseSignerKey, SIG_TYPE_ED25519, type NoteSigner } from '@yunju/tlog';

export interface LogSigner {
  signer: NoteSigner;
  /** The signed-note verifier key string published at /api/safebox/log/key. */
  verifierKey: string;
}

/**
 * Loads the log's Ed25519 signer key from `file`, creating it on first start (mode 0600, created
 * exclusively so that two processes starting together end up with the same key). Without a file
 * (tests) the key is ephemeral. The key name must be the origin.
 */
export function loadLogSigner(origin: string, file: string | undefined): LogSigner {
  let signerKey: string;
  if (file === undefined) {
    signerKey = generateEd25519Keys(origin).signerKey;
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    if (!fs.existsSync(file)) {
      // Written to a temporary file, then linked into place: a concurrent reader never sees a half-written key.
      const tmp = `${file}.${process.pid}.tmp`;
      const fd = fs.openSync(tmp, 'w', 0o600);
      fs.writeSync(fd, `${generateEd25519Keys(origin).signerKey}\n`);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      try {
        fs.linkSync(tmp, file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      } finally {
        fs.unlinkSync(tmp);
      }
    }
    signerKey = fs.readFileSync(file, 'utf8').trim();
  }
  const signer = parseSignerKey(signerKey);
  if (signer.name !== origin) throw new Error(`safe-box log key ${file ?? ''} is named ${signer.name}, expected the origin ${origin}`);
  return { signer, verifierKey: formatVerifierKey(signer.name, SIG_TYPE_ED25519, signer.publicKey) };
}
