/**
 * `yunju-tlog`: offline tools for the safe-box transparency log.
 *
 *   yunju-tlog verify-proof --origin O --log-key VKEY [--witness-key VKEY]… [--quorum N]
 *                           (--entry FILE | --leaf-hash BASE64) PROOF_FILE
 *   yunju-tlog leaf-hash FILE
 *   yunju-tlog keygen NAME [--cosigner]
 *
 * Exit status 0 = verified / done, 1 = verification failed, 2 = usage error.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseCosignerVerifierKey } from './cosignature.ts';
import { decodeBase64, encodeBase64 } from './encoding.ts';
import { HASH_SIZE, leafHash } from './hash.ts';
import { SIG_TYPE_COSIGNATURE_V1, formatVerifierKey, generateEd25519Keys, parseSignerKey, parseVerifierKey, parseVerifierKeyFields, type NoteVerifier } from './note.ts';
import { verifyTlogProof } from './tlog-proof.ts';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `usage:
  yunju-tlog verify-proof --origin ORIGIN --log-key VKEY [--witness-key VKEY]... [--quorum N]
                          (--entry FILE | --leaf-hash BASE64) PROOF_FILE
  yunju-tlog leaf-hash FILE
  yunju-tlog keygen NAME [--cosigner]`;

function verifierFromKey(vkey: string): NoteVerifier {
  return parseVerifierKeyFields(vkey).type === SIG_TYPE_COSIGNATURE_V1 ? parseCosignerVerifierKey(vkey) : parseVerifierKey(vkey);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'verify-proof': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            origin: { type: 'string' },
            'log-key': { type: 'string', multiple: true },
            'witness-key': { type: 'string', multiple: true },
            quorum: { type: 'string' },
            entry: { type: 'string' },
            'leaf-hash': { type: 'string' },
          },
        });
        const [proofFile] = positionals;
        const logKeys = values['log-key'] ?? [];
        if (positionals.length !== 1 || proofFile === undefined || values.origin === undefined || logKeys.length === 0 || (values.entry === undefined) === (values['leaf-hash'] === undefined)) {
          io.err(USAGE);
          return 2;
        }
        const quorum = values.quorum === undefined ? 0 : Number(values.quorum);
        if (!Number.isSafeInteger(quorum) || quorum < 0) {
          io.err('--quorum must be a non-negative integer');
          return 2;
        }
        let leaf: Uint8Array | undefined;
        if (values.entry !== undefined) leaf = leafHash(await io.readFile(values.entry));
        else leaf = decodeBase64(values['leaf-hash'] ?? '');
        if (leaf === undefined || leaf.length !== HASH_SIZE) {
          io.err('--leaf-hash must be a base64 SHA-256 hash');
          return 2;
        }
        const text = new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(proofFile));
        const r = verifyTlogProof(text, leaf, {
          origin: values.origin,
          logVerifiers: logKeys.map(parseVerifierKey),
          witnessVerifiers: (values['witness-key'] ?? []).map(verifierFromKey),
          witnessQuorum: quorum,
        });
        const cp = r.checkpoint.checkpoint;
        io.out(`OK: entry ${r.proof.index} is included in ${cp.origin} at size ${cp.size}, root ${encodeBase64(cp.rootHash)}`);
        for (const c of r.checkpoint.cosignatures) {
          io.out(`  cosigned by ${c.name}${c.timestamp === undefined ? '' : ` at ${new Date(c.timestamp * 1000).toISOString()}`}`);
        }
        return 0;
      }
      case 'leaf-hash': {
        const [file] = rest;
        if (file === undefined || rest.length !== 1) {
          io.err(USAGE);
          return 2;
        }
        io.out(encodeBase64(leafHash(await io.readFile(file))));
        return 0;
      }
      case 'keygen': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { cosigner: { type: 'boolean' } } });
        const [name] = positionals;
        if (name === undefined || positionals.length !== 1) {
          io.err(USAGE);
          return 2;
        }
        const keys = generateEd25519Keys(name);
        io.out(keys.signerKey);
        if (values.cosigner === true) {
          io.out(formatVerifierKey(name, SIG_TYPE_COSIGNATURE_V1, parseSignerKey(keys.signerKey).publicKey));
        } else {
          io.out(keys.verifierKey);
        }
        return 0;
      }
      default:
        io.err(USAGE);
        return 2;
    }
  } catch (e) {
    io.err(`FAILED: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

export const nodeIo: CliIo = {
  readFile: async (p) => new Uint8Array(await readFile(p)),
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};
