#!/usr/bin/env python3
"""Independent safe-box receipt verifier, written from the specifications only (no code shared
with packages/tlog): RFC 9162 §2.1.3.2 (inclusion), C2SP signed-note (Ed25519, key IDs),
C2SP tlog-checkpoint, C2SP tlog-cosignature (cosignature/v1), C2SP tlog-proof, and the entry
format of packages/tlog/README.md. Needs python3 + the `cryptography` package.

usage: independent-verify.py --key VKEY [--cosigner VKEY]... [--require N]
                             (--file FILE | --sha256 HEX) --salt HEX RECEIPT
exit 0 = verified, 1 = failed.
"""
import argparse, base64, hashlib, struct, sys
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.exceptions import InvalidSignature


def fail(msg):
    print(f"FAILED: {msg}", file=sys.stderr)
    sys.exit(1)


def b64(s):
    try:
        out = base64.b64decode(s, validate=True)
    except Exception:
        fail(f"bad base64 {s!r}")
    if base64.b64encode(out).decode() != s:
        fail("non-canonical base64")
    return out


def parse_vkey(s):
    name, hexid, key = s.strip().split("+", 2)
    raw = b64(key)
    kid = hashlib.sha256(name.encode() + b"\n" + raw).digest()[:4]
    if kid.hex() != hexid:
        fail(f"key id of {name} does not match")
    return {"name": name, "id": kid, "type": raw[0], "pub": Ed25519PublicKey.from_public_bytes(raw[1:])}


def verify_sig(pub, sig, msg):
    try:
        pub.verify(sig, msg)
        return True
    except InvalidSignature:
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--key", required=True)
    ap.add_argument("--cosigner", action="append", default=[])
    ap.add_argument("--require", type=int, default=0)
    ap.add_argument("--file")
    ap.add_argument("--sha256")
    ap.add_argument("--salt", required=True)
    ap.add_argument("receipt")
    a = ap.parse_args()
    if (a.file is None) == (a.sha256 is None):
        fail("give --file or --sha256")
    if a.file:
        h = hashlib.sha256()
        with open(a.file, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        file_hash = h.hexdigest()
    else:
        file_hash = a.sha256.lower()

    data = open(a.receipt, "rb").read().decode("utf-8")
    head, sep, note = data.partition("\n\n")
    if not sep:
        fail("no blank line")
    lines = head.split("\n")
    if lines[0] != "c2sp.org/tlog-proof@v1":
        fail("not a tlog-proof")
    i = 1
    if not lines[i].startswith("extra "):
        fail("no extra line")
    entry = b64(lines[i][6:])
    i += 1
    if not lines[i].startswith("index "):
        fail("no index line")
    index = int(lines[i][6:])
    proof = [b64(l) for l in lines[i + 1:]]

    # The entry: format version, file SHA-256, salt, enterprise hash, time.
    el = entry.decode("ascii").split("\n")
    if len(el) != 6 or el[0] != "yunju.safebox/entry/v1" or el[5] != "":
        fail("bad entry")
    if el[1] != "sha256 " + file_hash:
        fail("file hash does not match the entry")
    if el[2] != "salt " + a.salt.lower():
        fail("salt does not match the entry")

    # Signed note: text up to the last blank line, then signature lines.
    cut = note.rfind("\n\n")
    text, sigs = note[: cut + 1], note[cut + 2:]
    if not sigs.endswith("\n"):
        fail("signatures must end with newline")
    log = parse_vkey(a.key)
    if log["type"] != 0x01:
        fail("log key must be Ed25519 (type 0x01)")
    cos = [parse_vkey(k) for k in a.cosigner]
    log_ok = False
    cosigned = set()
    for line in sigs[:-1].split("\n"):
        if not line.startswith("\u2014 "):
            fail("bad signature line")
        name, sig = line[2:].split(" ")
        raw = b64(sig)
        kid, s = raw[:4], raw[4:]
        if name == log["name"] and kid == log["id"]:
            if not verify_sig(log["pub"], s, text.encode()):
                fail("log signature invalid")
            log_ok = True
        for c in cos:
            if name == c["name"] and kid == c["id"]:
                if c["type"] != 0x04 or len(s) != 72:
                    fail("bad cosignature")
                (t,) = struct.unpack(">Q", s[:8])
                msg = b"cosignature/v1\ntime " + str(t).encode() + b"\n" + text.encode()
                if not verify_sig(c["pub"], s[8:], msg):
                    fail(f"cosignature by {name} invalid")
                cosigned.add(c["name"])
    if not log_ok:
        fail("checkpoint not signed by the log key")
    if len(cosigned) < a.require:
        fail(f"{len(cosigned)} cosignatures, {a.require} required")

    cl = text.split("\n")
    if cl[0] != log["name"]:
        fail("origin differs from the log key name")
    size = int(cl[1])
    root = b64(cl[2])

    # RFC 9162 §2.1.3.2.
    if index >= size:
        fail("index beyond size")
    fn, sn = index, size - 1
    r = hashlib.sha256(b"\x00" + entry).digest()
    for p in proof:
        if sn == 0:
            fail("proof too long")
        if fn & 1 or fn == sn:
            r = hashlib.sha256(b"\x01" + p + r).digest()
            if not fn & 1:
                while not (fn & 1) and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = hashlib.sha256(b"\x01" + r + p).digest()
        fn >>= 1
        sn >>= 1
    if sn != 0 or r != root:
        fail("inclusion proof does not lead to the checkpoint root")
    print(f"OK (independent): entry {index} in {cl[0]} size {size}; cosigned by {sorted(cosigned) or 'nobody'}")


main()
