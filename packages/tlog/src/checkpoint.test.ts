import { verify as cryptoVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CheckpointError, formatCheckpoint, openCheckpoint, parseCheckpoint, signCheckpoint, type Checkpoint } from './checkpoint.ts';
import {
  cosignatureSigner,
  cosignatureTimestamp,
  cosignatureVerifier,
  formatCosignerVerifierKey,
  parseCosignerVerifierKey,
} from './cosignature.ts';
import { decodeBase64, utf8Bytes } from './encoding.ts';
import { EMPTY_ROOT } from './hash.ts';
import { NoteError, SIG_TYPE_ED25519, ed25519PublicKey, ed25519Signer, formatVerifierKey, parseNote, parseVerifierKey, signNote } from './note.ts';

const origin = 'yunju.example/safe-box/log';
const log = ed25519Signer(origin, new Uint8Array(32).fill(11));
const logV = parseVerifierKey(formatVerifierKey(origin, SIG_TYPE_ED25519, log.publicKey));
const w1 = cosignatureSigner('witness.example/w1', new Uint8Array(32).fill(21), () => 1679315147);
const w2 = cosignatureSigner('witness.example/w2', new Uint8Array(32).fill(22), () => 1679315148);
const w1V = parseCosignerVerifierKey(formatCosignerVerifierKey(w1.name, w1.publicKey));
const w2V = cosignatureVerifier(w2.name, w2.publicKey);
const root = decodeBase64('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=') ?? new Uint8Array();
const cp: Checkpoint = { origin, size: 20852163, rootHash: root, extensions: [] };

describe('checkpoint text', () => {
  it('formats and parses the spec example body', () => {
    const text = formatCheckpoint({ ...cp, origin: 'example.com/behind-the-sofa' });
    expect(text).toBe('example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n');
    expect(parseCheckpoint(text)).toEqual({ origin: 'example.com/behind-the-sofa', size: 20852163, rootHash: root, extensions: [] });
    const ext = formatCheckpoint({ ...cp, extensions: ['ext one', 'ext two'] });
    expect(parseCheckpoint(ext).extensions).toEqual(['ext one', 'ext two']);
    expect(parseCheckpoint(formatCheckpoint({ origin, size: 0, rootHash: EMPTY_ROOT, extensions: [] })).size).toBe(0);
  });

  it('rejects malformed checkpoint text', () => {
    const r = 'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=';
    const bad = [
      `${origin}\n1\n${r}`, // no final newline
      `${origin}\n1\n`, // missing root
      `\n1\n${r}\n`, // empty origin
      `${origin}\n01\n${r}\n`, // leading zero
      `${origin}\n-1\n${r}\n`,
      `${origin}\n+1\n${r}\n`,
      `${origin}\n 1\n${r}\n`,
      `${origin}\n1.0\n${r}\n`,
      `${origin}\n18446744073709551615\n${r}\n`, // above 2^53 - 1: refused (documented)
      `${origin}\n1\n${r.slice(0, -1)}\n`,
      `${origin}\n1\nAAAA\n`, // 3 bytes
      `${origin}\n1\n${r}\n\next\n`, // empty extension line
      `${origin}\n1\n${r} \n`,
    ];
    for (const t of bad) expect(() => parseCheckpoint(t), JSON.stringify(t)).toThrow(CheckpointError);
    expect(() => formatCheckpoint({ ...cp, extensions: [''] })).toThrow(CheckpointError);
    expect(() => formatCheckpoint({ ...cp, rootHash: new Uint8Array(31) })).toThrow(CheckpointError);
  });
});

describe('signed checkpoints and cosignatures', () => {
  it('opens a checkpoint signed by the log and cosigned by witnesses', () => {
    const signed = signCheckpoint(cp, [log]);
    const cosigned = signNote(parseNote(signed).text, [w1, w2], parseNote(signed).signatures);
    const opened = openCheckpoint(cosigned, { origin, logVerifiers: [logV], witnessVerifiers: [w1V, w2V], witnessQuorum: 2 });
    expect(opened.checkpoint).toEqual(cp);
    expect(opened.cosignatures).toEqual([
      { name: w1.name, keyId: w1.keyId, timestamp: 1679315147 },
      { name: w2.name, keyId: w2.keyId, timestamp: 1679315148 },
    ]);
    expect(() => openCheckpoint(cosigned, { origin, logVerifiers: [logV], witnessVerifiers: [w1V], witnessQuorum: 2 })).toThrow(CheckpointError);
    expect(() => openCheckpoint(cosigned, { origin: 'other.example/log', logVerifiers: [logV] })).toThrow(CheckpointError);
    // Witness signatures alone do not make a checkpoint.
    const onlyWitness = signNote(formatCheckpoint(cp), [w1]);
    expect(() => openCheckpoint(onlyWitness, { origin, logVerifiers: [logV], witnessVerifiers: [w1V] })).toThrow(NoteError);
  });

  it('cosignature/v1 signs "cosignature/v1\\ntime <t>\\n" || checkpoint text (checked with raw Ed25519)', () => {
    const text = formatCheckpoint(cp);
    const sig = w1.sign(utf8Bytes(text));
    expect(sig.length).toBe(72);
    expect(cosignatureTimestamp(sig)).toBe(1679315147);
    expect(Buffer.from(sig.subarray(0, 8)).toString('hex')).toBe('00000000641850cb');
    const message = Buffer.from(`cosignature/v1\ntime 1679315147\n${text}`);
    expect(cryptoVerify(null, message, ed25519PublicKey(w1.publicKey), sig.subarray(8))).toBe(true);
    expect(w1V.verify(utf8Bytes(text), sig)).toBe(true);
    // Key ID uses type 0x04, so the same key as a plain Ed25519 note key has another ID.
    expect(w1V.keyId).not.toBe(ed25519Signer(w1.name, new Uint8Array(32).fill(21)).keyId);
    // A changed timestamp breaks the signature.
    const shifted = Uint8Array.from(sig);
    shifted[7] = (shifted[7] as number) ^ 1;
    expect(w1V.verify(utf8Bytes(text), shifted)).toBe(false);
    expect(w1V.verify(utf8Bytes(text), sig.subarray(0, 71))).toBe(false);
    const tooBig = Uint8Array.from(sig);
    tooBig[0] = 0x80;
    expect(cosignatureTimestamp(tooBig)).toBeUndefined();
  });

  it('rejects a checkpoint whose body was changed after signing', () => {
    const signed = signCheckpoint(cp, [log]);
    const tampered = signed.replace('20852163', '20852164');
    expect(() => openCheckpoint(tampered, { origin, logVerifiers: [logV] })).toThrow('invalid signature');
  });

  it('cosigner verifier keys use type 0x04 and are not accepted as Ed25519 note keys', () => {
    const vkey = formatCosignerVerifierKey(w1.name, w1.publicKey);
    expect(vkey.split('+')[2]?.startsWith('B')).toBe(true); // base64 of 0x04…
    expect(() => parseVerifierKey(vkey)).toThrow(NoteError);
    expect(() => parseCosignerVerifierKey(formatVerifierKey(origin, SIG_TYPE_ED25519, log.publicKey))).toThrow(NoteError);
  });
});
