import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseTimeStampResponse, timeStampRequest } from './rfc3161.ts';

// Captured from `openssl ts -query -data data.txt -sha256 -cert` (OpenSSL 3.0.19), data "hello checkpoint\n".
const OPENSSL_REQUEST = '30430201013031300d0609608648016503040201050004204430a32576d7660fd2778d938d7bca23fa72a5ca97d0bde9b2911205a40cd4d202085e5b04bfe5c08aa00101ff';

describe('RFC 3161 requests and responses', () => {
  it('builds the same DER TimeStampReq as openssl', () => {
    const req = Buffer.from(OPENSSL_REQUEST, 'hex');
    const digest = createHash('sha256').update('hello checkpoint\n').digest();
    const nonce = req.subarray(req.length - 11, req.length - 3); // the 8-byte INTEGER openssl chose
    expect(Buffer.from(timeStampRequest(digest, nonce)).toString('hex')).toBe(OPENSSL_REQUEST);
  });

  it('encodes a nonce with the high bit set as a positive INTEGER', () => {
    const r = timeStampRequest(new Uint8Array(32), Uint8Array.of(0x80, 1));
    expect(Buffer.from(r.subarray(r.length - 8, r.length - 3)).toString('hex')).toBe('0203008001');
  });

  it('reads the status and the token, and rejects malformed responses', () => {
    const token = Buffer.from('3003020101', 'hex');
    const granted = Buffer.concat([Buffer.from('300a3003020100', 'hex'), token]);
    expect(parseTimeStampResponse(granted)).toEqual({ status: 0, token: new Uint8Array(token) });
    expect(parseTimeStampResponse(Buffer.from('30053003020102', 'hex'))).toEqual({ status: 2 });
    for (const bad of ['', '3005300302', '0405300302010', '300a3003020100300301']) expect(() => parseTimeStampResponse(Buffer.from(bad, 'hex'))).toThrow();
  });
});
