import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './encoding.ts';
import {
  NoteError,
  SIG_TYPE_ED25519,
  ed25519Signer,
  formatVerifierKey,
  generateEd25519Keys,
  keyId,
  openNote,
  parseNote,
  parseSignerKey,
  parseVerifierKey,
  signNote,
  type NoteVerifier,
} from './note.ts';

// Test vectors from golang.org/x/mod/sumdb/note (note_test.go, BSD-3-Clause, The Go Authors).
const peterSkey = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const peterVkey = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const enochVkey = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const peterSig = '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const enochSig = '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

const peter = parseVerifierKey(peterVkey);
const enoch = parseVerifierKey(enochVkey);

describe('signed note keys', () => {
  it('parses the Go vector keys; key ID = SHA-256(name || 0x0A || 0x01 || pubkey)[:4]', () => {
    expect(peter.name).toBe('PeterNeumann');
    expect(peter.keyId).toBe(0xc74f20a3);
    const raw = decodeBase64('ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW');
    expect(raw?.[0]).toBe(SIG_TYPE_ED25519);
    expect(keyId('PeterNeumann', raw ?? new Uint8Array())).toBe(0xc74f20a3);
    const signer = parseSignerKey(peterSkey);
    expect(signer.keyId).toBe(0xc74f20a3);
    expect(formatVerifierKey('PeterNeumann', SIG_TYPE_ED25519, signer.publicKey)).toBe(peterVkey);
  });

  it('rejects every substring and every single-character mangling of the keys (as Go does)', () => {
    const mangle = (key: string, parse: (s: string) => unknown): void => {
      for (let i = 0; i <= key.length; i++) {
        for (let j = i + 1; j <= key.length; j++) {
          if (i === 0 && j === key.length) continue;
          expect(() => parse(key.slice(i, j)), key.slice(i, j)).toThrow();
        }
      }
      for (let i = 0; i < key.length; i++) {
        const bad = key.slice(0, i) + String.fromCharCode(key.charCodeAt(i) + 1) + key.slice(i + 1);
        expect(() => parse(bad), bad).toThrow();
      }
    };
    mangle(peterVkey, parseVerifierKey);
    mangle(peterSkey, parseSignerKey);
    expect(() => parseVerifierKey('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==')).toThrow();
    expect(() => parseVerifierKey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toThrow();
  });

  it('generates key pairs that sign and verify', () => {
    const { signerKey, verifierKey } = generateEd25519Keys('example.com/safe-box');
    const s = parseSignerKey(signerKey);
    const v = parseVerifierKey(verifierKey);
    expect(s.keyId).toBe(v.keyId);
    expect(openNote(signNote('hello\n', [s]), [v]).text).toBe('hello\n');
  });
});

describe('signed notes', () => {
  it('signs exactly like Go (Ed25519 is deterministic)', () => {
    expect(signNote(text, [parseSignerKey(peterSkey)])).toBe(`${text}\n${peterSig}`);
  });

  it('verifies known keys and keeps unknown signatures aside', () => {
    const n = openNote(text + '\n' + peterSig + enochSig, [peter]);
    expect(n.text).toBe(text);
    expect(n.verified.map((s) => s.name)).toEqual(['PeterNeumann']);
    expect(n.unverified.map((s) => s.name)).toEqual(['EnochRoot']);
    const both = openNote(text + '\n' + peterSig + enochSig, [peter, enoch]);
    expect(both.verified.map((s) => s.name)).toEqual(['PeterNeumann', 'EnochRoot']);
  });

  it('rejects a note with no signature from a known key', () => {
    expect(() => openNote(text + '\n' + peterSig + enochSig, [])).toThrow('no verifiable signatures');
  });

  it('ignores signatures that share only the name or only the key ID with a known key', () => {
    const otherId: NoteVerifier = { name: 'PeterNeumann', keyId: 0x12345678, verify: () => false };
    const otherName: NoteVerifier = { name: 'PeterN', keyId: 0xc74f20a3, verify: () => false };
    expect(() => openNote(text + '\n' + peterSig, [otherId, otherName])).toThrow('no verifiable signatures');
    expect(openNote(text + '\n' + peterSig, [otherId, otherName, peter]).verified).toHaveLength(1);
  });

  it('rejects the whole note when a signature from a known key fails, even next to a good one', () => {
    const bad = peterSig.slice(0, 60) + 'ABCD' + peterSig.slice(60);
    expect(() => openNote(text + '\n' + bad, [peter])).toThrow('invalid signature for key PeterNeumann+c74f20a3');
    expect(() => openNote(text + '\n' + peterSig + bad, [peter])).toThrow('invalid signature');
    // An unknown key's broken signature is ignored.
    const enochBad = enochSig.slice(0, 60) + 'ABCD' + enochSig.slice(60);
    expect(openNote(text + '\n' + peterSig + peterSig + enochSig + enochBad, [peter]).unverified).toHaveLength(2);
  });

  it('rejects ambiguous verifier lists only when the key is used', () => {
    expect(() => openNote(text + '\n' + enochSig, [enoch, peter, enoch])).toThrow('ambiguous key EnochRoot+af0cfe78');
    expect(openNote(text + '\n' + peterSig, [enoch, peter, enoch]).verified).toHaveLength(1);
  });

  it('rejects a signed text that was modified', () => {
    expect(() => openNote(text.replace('answer', 'Answer') + '\n' + peterSig, [peter])).toThrow('invalid signature');
  });

  it('rejects malformed notes', () => {
    const bad = [
      text,
      text + '\n',
      text + '\n' + peterSig.slice(0, -1),
      '\x01' + text + '\n' + peterSig,
      text.replace('problem', 'prob\tlem') + '\n' + peterSig,
      text + '\r\n' + peterSig,
      text + '\n' + '— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n',
      text + '\n' + '— Bad+Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n',
      text + '\n' + '— Bad\u00a0Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n',
      text + '\n' + peterSig + 'Unexpected line.\n',
      text + '\n' + '- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n',
      text + '\n' + '— PeterNeumann\n',
      text + '\n' + '—  PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n',
      text + '\n' + '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM\n',
      text + '\n' + '— PeterNeumann AAAAAA==\n',
      text + '\n' + '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM= \n',
      text + '\n' + peterSig.repeat(101),
    ];
    for (const msg of bad) expect(() => openNote(msg, [peter]), JSON.stringify(msg)).toThrow(NoteError);
    const invalidUtf8 = new Uint8Array([0xff, ...Buffer.from(text + '\n' + peterSig)]);
    expect(() => parseNote(invalidUtf8)).toThrow('invalid UTF-8');
  });

  it('accepts 100 signatures, empty lines inside the text, and duplicate signatures once', () => {
    expect(openNote(text + '\n' + peterSig.repeat(100), [peter]).verified).toHaveLength(1);
    const s = ed25519Signer('example.com/a', new Uint8Array(32).fill(7));
    const v = parseVerifierKey(formatVerifierKey('example.com/a', SIG_TYPE_ED25519, s.publicKey));
    const withBlank = 'line one\n\nline three\n';
    expect(openNote(signNote(withBlank, [s]), [v]).text).toBe(withBlank);
  });

  it('refuses to sign malformed text or with bad key names', () => {
    const s = ed25519Signer('example.com/a', new Uint8Array(32).fill(7));
    expect(() => signNote('no newline', [s])).toThrow(NoteError);
    expect(() => signNote('', [s])).toThrow(NoteError);
    expect(() => signNote('tab\there\n', [s])).toThrow(NoteError);
    expect(() => ed25519Signer('a b', new Uint8Array(32))).toThrow(NoteError);
    expect(() => ed25519Signer('', new Uint8Array(32))).toThrow(NoteError);
  });

  it('adds a signature to an existing note, replacing an old one by the same key', () => {
    const a = ed25519Signer('a.example', new Uint8Array(32).fill(1));
    const b = ed25519Signer('b.example', new Uint8Array(32).fill(2));
    const va = parseVerifierKey(formatVerifierKey('a.example', SIG_TYPE_ED25519, a.publicKey));
    const vb = parseVerifierKey(formatVerifierKey('b.example', SIG_TYPE_ED25519, b.publicKey));
    const first = signNote('x\n', [a]);
    const parsed = parseNote(first);
    const both = signNote(parsed.text, [b], parsed.signatures);
    expect(openNote(both, [va, vb]).verified.map((s) => s.name)).toEqual(['a.example', 'b.example']);
    expect(signNote(parsed.text, [a], parsed.signatures)).toBe(first);
  });
});
