/**
 * `yunju-verify`: checks a safe-box receipt (.tlog-proof) offline.
 *
 *   yunju-verify --key LOG_VKEY [--origin ORIGIN] [--cosigner VKEY]... [--require N]
 *                (--file FILE | --sha256 HEX) --salt HEX [--enterprise CREDIT_CODE] RECEIPT
 *
 * 1. the receipt's `extra` line must hold a yunju.safebox/entry/v1 entry whose sha256 and salt are
 *    the file's (recomputed from --file, streamed) and the given salt (and the enterprise's identity
 *    hash when --enterprise is given);
 * 2. the leaf hash SHA-256(0x00 ‖ entry) must be included (RFC 9162 inclusion proof) in the
 *    receipt's checkpoint;
 * 3. the checkpoint must be signed by the log key (C2SP signed note, origin = --origin or the key
 *    name) and cosigned (cosignature/v1) by at least N distinct --cosigner keys (default N = 0:
 *    pass --require 1 with the notary's key to demand a notarised receipt).
 *
 * Exit status 0 = verified, 1 = verification failed (reason on stderr), 2 = usage error.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseCosignerVerifierKey } from './cosignature.ts';
import { encodeBase64, toHex } from './encoding.ts';
import { enterpriseIdentityHash, parseEntry } from './entry.ts';
import { leafHash } from './hash.ts';
import { SIG_TYPE_COSIGNATURE_V1, parseVerifierKey, parseVerifierKeyFields, type NoteVerifier } from './note.ts';
import { parseTlogProof, verifyTlogProof } from './tlog-proof.ts';
import { ProofError } from './verify.ts';

export interface VerifyIo {
  readFile(path: string): Promise<Uint8Array>;
  sha256File(path: string): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

export const VERIFY_USAGE = `usage: yunju-verify --key LOG_VKEY [--origin ORIGIN] [--cosigner VKEY]... [--require N]
                    (--file FILE | --sha256 HEX) --salt HEX [--enterprise CREDIT_CODE] RECEIPT`;

export interface ReceiptCheck {
  /** The receipt text (.tlog-proof). */
  receipt: string;
  logKey: string;
  origin?: string;
  cosigners?: readonly string[];
  require?: number;
  sha256: string;
  salt: string;
  enterpriseCreditCode?: string;
}

export interface ReceiptVerdict {
  index: number;
  treeSize: number;
  rootHash: string;
  depositTime: number;
  cosignatures: { name: string; timestamp?: number }[];
}

function cosignerVerifier(vkey: string): NoteVerifier {
  return parseVerifierKeyFields(vkey).type === SIG_TYPE_COSIGNATURE_V1 ? parseCosignerVerifierKey(vkey) : parseVerifierKey(vkey);
}

/** The whole check as a function (used by the CLI and by the server's convenience endpoint). Throws on failure. */
export function verifyReceipt(c: ReceiptCheck): ReceiptVerdict {
  const logVerifier = parseVerifierKey(c.logKey);
  const proof = parseTlogProof(c.receipt);
  if (proof.extra === undefined) throw new ProofError('receipt has no extra line (the log entry)');
  const entry = parseEntry(proof.extra);
  if (entry.sha256 !== c.sha256.toLowerCase()) throw new ProofError('the file’s SHA-256 does not match the receipt’s entry');
  if (entry.salt !== c.salt.toLowerCase()) throw new ProofError('the salt does not match the receipt’s entry');
  if (c.enterpriseCreditCode !== undefined && entry.enterprise !== enterpriseIdentityHash(c.enterpriseCreditCode)) {
    throw new ProofError('the enterprise identity does not match the receipt’s entry');
  }
  const r = verifyTlogProof(c.receipt, leafHash(proof.extra), {
    origin: c.origin ?? logVerifier.name,
    logVerifiers: [logVerifier],
    witnessVerifiers: (c.cosigners ?? []).map(cosignerVerifier),
    witnessQuorum: c.require ?? 0,
  });
  const cp = r.checkpoint.checkpoint;
  return {
    index: r.proof.index,
    treeSize: cp.size,
    rootHash: encodeBase64(cp.rootHash),
    depositTime: entry.time,
    cosignatures: r.checkpoint.cosignatures.map((s) => (s.timestamp === undefined ? { name: s.name } : { name: s.name, timestamp: s.timestamp })),
  };
}

const HEX256 = /^[0-9a-fA-F]{64}$/;

export async function verifyMain(argv: readonly string[], io: VerifyIo): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        key: { type: 'string' },
        origin: { type: 'string' },
        cosigner: { type: 'string', multiple: true },
        require: { type: 'string' },
        file: { type: 'string' },
        sha256: { type: 'string' },
        salt: { type: 'string' },
        enterprise: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n${VERIFY_USAGE}`);
    return 2;
  }
  const [receiptFile] = positionals;
  if (values.help === true || positionals.length !== 1 || receiptFile === undefined || values.key === undefined || values.salt === undefined || (values.file === undefined) === (values.sha256 === undefined)) {
    io.err(VERIFY_USAGE);
    return 2;
  }
  const require = values.require === undefined ? 0 : Number(values.require);
  if (!Number.isSafeInteger(require) || require < 0) {
    io.err('--require must be a non-negative integer');
    return 2;
  }
  if (!HEX256.test(values.salt) || (values.sha256 !== undefined && !HEX256.test(values.sha256))) {
    io.err('--salt and --sha256 must be 64 hexadecimal digits');
    return 2;
  }
  try {
    const sha256 = values.file !== undefined ? await io.sha256File(values.file) : (values.sha256 as string);
    const receipt = new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(receiptFile));
    const v = verifyReceipt({
      receipt,
      logKey: values.key,
      ...(values.origin === undefined ? {} : { origin: values.origin }),
      cosigners: values.cosigner ?? [],
      require,
      sha256,
      salt: values.salt,
      ...(values.enterprise === undefined ? {} : { enterpriseCreditCode: values.enterprise }),
    });
    io.out(`OK: file ${sha256} was deposited at ${new Date(v.depositTime).toISOString()}`);
    io.out(`    entry ${v.index} is included in the log at tree size ${v.treeSize}, root ${v.rootHash}`);
    for (const c of v.cosignatures) io.out(`    cosigned by ${c.name}${c.timestamp === undefined ? '' : ` at ${new Date(c.timestamp * 1000).toISOString()}`}`);
    return 0;
  } catch (e) {
    io.err(`FAILED: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

export const verifyNodeIo: VerifyIo = {
  readFile: async (p) => new Uint8Array(await readFile(p)),
  sha256File: (p) =>
    new Promise((resolve, reject) => {
      const h = createHash('sha256');
      createReadStream(p)
        .on('data', (chunk) => h.update(chunk))
        .on('error', reject)
        .on('end', () => resolve(toHex(h.digest())));
    }),
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};
