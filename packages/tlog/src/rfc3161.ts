/**
 * RFC 3161 time-stamp protocol, the minimum the safe-box log needs: a DER TimeStampReq for a
 * SHA-256 digest (certReq = TRUE, so the token carries the TSA certificate), and the status and
 * token of a TimeStampResp. Verifying the token (CMS signature, TSA certificate chain) is left to a
 * CMS implementation, e.g. `openssl ts -verify -data checkpoint.txt -in token.der -token_in -CAfile ca.pem`.
 */
const SHA256_ALGORITHM = Uint8Array.of(0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00);

function der(tag: number, content: Uint8Array): Uint8Array {
  const n = content.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  const out = new Uint8Array(1 + len.length + n);
  out[0] = tag;
  out.set(len, 1);
  out.set(content, 1 + len.length);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** TimeStampReq { version 1, messageImprint { sha256, digest }, nonce, certReq TRUE } (DER). */
export function timeStampRequest(sha256Digest: Uint8Array, nonce: Uint8Array): Uint8Array {
  if (sha256Digest.length !== 32) throw new RangeError('digest must be 32 bytes');
  if (nonce.length === 0 || nonce.length > 16) throw new RangeError('nonce must be 1–16 bytes');
  // A positive INTEGER: a leading 0x00 when the high bit is set.
  const n = (nonce[0] as number) & 0x80 ? concat(Uint8Array.of(0), nonce) : nonce;
  return der(0x30, concat(Uint8Array.of(0x02, 0x01, 0x01), der(0x30, concat(SHA256_ALGORITHM, der(0x04, sha256Digest))), der(0x02, n), Uint8Array.of(0x01, 0x01, 0xff)));
}

interface Tlv {
  tag: number;
  start: number; // first content byte
  end: number; // one past the last content byte
  headerStart: number;
}

function readTlv(b: Uint8Array, at: number, limit: number): Tlv {
  if (at + 2 > limit) throw new RangeError('truncated DER');
  const tag = b[at] as number;
  let len = b[at + 1] as number;
  let start = at + 2;
  if (len & 0x80) {
    const k = len & 0x7f;
    if (k === 0 || k > 4 || start + k > limit) throw new RangeError('bad DER length');
    len = 0;
    for (let i = 0; i < k; i++) len = len * 256 + (b[start + i] as number);
    start += k;
  }
  if (start + len > limit) throw new RangeError('truncated DER');
  return { tag, start, end: start + len, headerStart: at };
}

/** PKIStatus (0 granted, 1 grantedWithMods, 2 rejection, …) and the timeStampToken's DER bytes, if any. */
export function parseTimeStampResponse(resp: Uint8Array): { status: number; token?: Uint8Array } {
  const outer = readTlv(resp, 0, resp.length);
  if (outer.tag !== 0x30 || outer.end !== resp.length) throw new RangeError('not a TimeStampResp');
  const statusInfo = readTlv(resp, outer.start, outer.end);
  if (statusInfo.tag !== 0x30) throw new RangeError('not a TimeStampResp');
  const status = readTlv(resp, statusInfo.start, statusInfo.end);
  if (status.tag !== 0x02 || status.end - status.start !== 1) throw new RangeError('bad PKIStatus');
  const value = resp[status.start] as number;
  if (statusInfo.end === outer.end) return { status: value };
  const token = readTlv(resp, statusInfo.end, outer.end);
  if (token.tag !== 0x30) throw new RangeError('bad timeStampToken');
  return { status: value, token: Uint8Array.from(resp.subarray(token.headerStart, token.end)) };
}
