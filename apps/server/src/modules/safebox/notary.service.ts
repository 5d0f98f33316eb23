/**
 * Notarisation (公证): the enterprise asks, the notary reviews and countersigns with an Ed25519
 * key kept encrypted under the notary's passphrase (ADR 0007): the key cosigns the checkpoint that
 * covers the entry (cosignature/v1) and signs a notarial statement bound to the entry.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { CountersignInput, CreateKeystoreInput, NotarisationListQuery, NotarisationPage, NotarisationRequestInput, NotarisationView, NotaryKey, NotaryKeystoreView, RegisterNotaryKeyInput } from '@yunju/contracts';
import {
  cosignatureSigner,
  decodeBase64,
  ed25519PublicKeyFromSeed,
  ed25519Signer,
  encodeBase64,
  formatCosignerVerifierKey,
  parseCosignerVerifierKey,
  parseNote,
  parseVerifierKeyFields,
  signNote,
  SIG_TYPE_ED25519,
} from '@yunju/tlog';
import type { Db } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { recordAudit } from '../audit/index.ts';
import { readHead } from './log.repository.ts';
import {
  decideNotarisation,
  findActiveNotaryKey,
  findDeposit,
  findKeystore,
  findNotarisation,
  findNotaryKey,
  findNotaryUser,
  inTransaction,
  insertKeystore,
  insertNotarisation,
  listNotarisations,
  listNotaryKeys,
  registerNotaryKey,
  retireNotaryKey,
  type NotarisationJoined,
  type NotaryKeyRow,
} from './safebox.repository.ts';

const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function seal(seed: Uint8Array, passphrase: string): Buffer {
  const salt = randomBytes(16);
  const key = scryptSync(passphrase, salt, 32, SCRYPT);
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(seed), c.final()]);
  return Buffer.concat([salt, iv, c.getAuthTag(), ct]);
}

function unseal(sealed: Buffer, passphrase: string): Uint8Array {
  const key = scryptSync(passphrase, sealed.subarray(0, 16), 32, SCRYPT);
  const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(16, 28));
  d.setAuthTag(sealed.subarray(28, 44));
  try {
    return new Uint8Array(Buffer.concat([d.update(sealed.subarray(44)), d.final()]));
  } catch {
    throw new AppError('safebox.wrong_passphrase', { fieldErrors: [{ path: 'passphrase', code: 'wrong_passphrase', message: '密钥口令不正确', messageEn: 'The key passphrase is incorrect' }] });
  }
}

const notaryKeyName = (username: string) => `yunju.local/notary/${username}`;

function toNotaryKey(k: NotaryKeyRow & { notaryName: string }): NotaryKey {
  return { id: k.id, notaryUserId: k.notaryUserId, notaryName: k.notaryName, verifierKey: k.verifierKey, status: k.status, registeredAt: k.registeredAt.toISOString(), retiredAt: k.retiredAt?.toISOString() ?? null };
}

export async function getKeystore(db: Db, ctx: RequestContext): Promise<NotaryKeystoreView> {
  const actor = authorize(ctx, 'safebox.notarise');
  const ks = await findKeystore(db, actor.userId);
  if (!ks) return { exists: false, verifierKey: null, registered: false };
  const verifierKey = formatCosignerVerifierKey(ks.keyName, ks.publicKey);
  const active = await findActiveNotaryKey(db, actor.userId);
  return { exists: true, verifierKey, registered: active?.verifierKey === verifierKey };
}

/** Generates (or imports) the notary's key and stores it sealed under the passphrase. */
export async function createKeystore(db: Db, ctx: RequestContext, input: CreateKeystoreInput, now: Date): Promise<NotaryKeystoreView> {
  const actor = authorize(ctx, 'safebox.notarise');
  let name = notaryKeyName(actor.username);
  let seed: Uint8Array;
  if (input.signerKey !== undefined) {
    const parts = input.signerKey.trim().split('+');
    const raw = parts.length === 5 && parts[0] === 'PRIVATE' && parts[1] === 'KEY' ? decodeBase64(parts[4] as string) : undefined;
    if (!raw || raw.length !== 33 || raw[0] !== SIG_TYPE_ED25519) {
      throw new AppError('safebox.invalid_key', { fieldErrors: [{ path: 'signerKey', code: 'invalid_key', message: '密钥格式不正确', messageEn: 'The key is malformed' }] });
    }
    name = parts[2] as string;
    seed = raw.subarray(1);
  } else {
    seed = new Uint8Array(randomBytes(32));
  }
  const publicKey = Buffer.from(ed25519PublicKeyFromSeed(seed));
  const ok = await inTransaction(db, async (tx) => {
    const inserted = await insertKeystore(tx, { userId: actor.userId, tenantId: actor.tenantId, keyName: name, publicKey, sealedSeed: seal(seed, input.passphrase), createdAt: now });
    if (inserted) await recordAudit(tx, ctx, { action: 'safebox.notary_keystore_create', targetType: 'user', targetId: actor.userId, summary: { verifierKey: formatCosignerVerifierKey(name, publicKey) } });
    return inserted;
  });
  if (!ok) throw new AppError('safebox.keystore_exists');
  return getKeystore(db, ctx);
}

export async function listKeys(db: Db, ctx: RequestContext): Promise<NotaryKey[]> {
  const actor = authorize(ctx, 'safebox.manage_notary_keys');
  return (await listNotaryKeys(db, actor.tenantId)).map(toNotaryKey);
}

/** Bureau admin registers a notary's cosigner public key; the notary's previous key is retired (still published). */
export async function registerKey(db: Db, ctx: RequestContext, input: RegisterNotaryKeyInput, now: Date): Promise<NotaryKey> {
  const actor = authorize(ctx, 'safebox.manage_notary_keys');
  const badKey = () => new AppError('safebox.invalid_key', { fieldErrors: [{ path: 'verifierKey', code: 'invalid_key', message: '须为 cosignature/v1 公钥串（名称+编号+base64）', messageEn: 'Must be a cosignature/v1 verifier key (name+id+base64)' }] });
  try {
    parseCosignerVerifierKey(input.verifierKey);
  } catch {
    throw badKey();
  }
  const user = await findNotaryUser(db, actor.tenantId, input.notaryUsername);
  if (!user || user.role !== 'notary') {
    throw new AppError('request.invalid', { fieldErrors: [{ path: 'notaryUsername', code: 'not_a_notary', message: '该账号不是本局的公证员', messageEn: 'Not a notary of this bureau' }] });
  }
  const row = await inTransaction(db, async (tx) => {
    const r = await registerNotaryKey(tx, { tenantId: actor.tenantId, notaryUserId: user.id, verifierKey: input.verifierKey, status: 'active', registeredBy: actor.userId, registeredAt: now }, now);
    if (!r) throw badKey(); // already registered (keys are never reused)
    await recordAudit(tx, ctx, { action: 'safebox.notary_key_register', targetType: 'safebox_notary_key', targetId: r.id, summary: { notary: input.notaryUsername, verifierKey: input.verifierKey } });
    return r;
  });
  return toNotaryKey({ ...row, notaryName: user.displayName });
}

export async function retireKey(db: Db, ctx: RequestContext, id: string, now: Date): Promise<NotaryKey> {
  const actor = authorize(ctx, 'safebox.manage_notary_keys');
  const k = await findNotaryKey(db, actor.tenantId, id);
  if (!k) throw notFound();
  const r = await inTransaction(db, async (tx) => {
    const x = await retireNotaryKey(tx, id, now);
    if (x) await recordAudit(tx, ctx, { action: 'safebox.notary_key_retire', targetType: 'safebox_notary_key', targetId: id, summary: {} });
    return x;
  });
  return toNotaryKey({ ...(r ?? k), notaryName: k.notaryName });
}

function viewOf(j: NotarisationJoined): NotarisationView {
  return {
    id: j.n.id,
    depositId: j.d.id,
    status: j.n.status,
    requestedAt: j.n.requestedAt.toISOString(),
    decidedAt: j.n.decidedAt?.toISOString() ?? null,
    note: j.n.note,
    reason: j.n.reason,
    enterprise: { id: j.n.enterpriseId, name: j.enterpriseName, uscc: j.creditCode },
    deposit: { index: j.d.idx, title: j.d.title, category: j.d.category, description: j.d.description, sha256: j.d.sha256, depositedAt: j.d.depositedAt.toISOString() },
    notaryName: j.notaryName,
    notaryKey: j.notaryKey,
    statement: j.n.statement,
  };
}

/** The enterprise asks for notarisation of its own deposit. */
export async function requestNotarisation(db: Db, ctx: RequestContext, depositId: string, input: NotarisationRequestInput, now: Date): Promise<NotarisationView> {
  const actor = authorize(ctx, 'safebox.deposit');
  const d = await findDeposit(db, actor.tenantId, depositId);
  if (!d || d.enterpriseId !== actor.enterpriseId) throw notFound();
  const row = await inTransaction(db, async (tx) => {
    const r = await insertNotarisation(tx, { tenantId: actor.tenantId, depositId, enterpriseId: d.enterpriseId, status: 'requested', note: input.note ?? null, requestedBy: actor.userId, requestedAt: now });
    if (!r) throw new AppError('safebox.notarisation_exists');
    await recordAudit(tx, ctx, { action: 'safebox.notarisation_request', targetType: 'safebox_deposit', targetId: depositId, summary: { notarisationId: r.id } });
    return r;
  });
  const j = await findNotarisation(db, actor.tenantId, row.id);
  return viewOf(j!);
}

export async function listForNotary(db: Db, ctx: RequestContext, q: NotarisationListQuery): Promise<NotarisationPage> {
  const actor = authorize(ctx, 'safebox.notarise');
  const { rows, total } = await listNotarisations(db, actor.tenantId, q.status, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: rows.map(viewOf), total, page: q.page, pageSize: q.pageSize };
}

export async function getForNotary(db: Db, ctx: RequestContext, id: string): Promise<NotarisationView> {
  const actor = authorize(ctx, 'safebox.notarise');
  const j = await findNotarisation(db, actor.tenantId, id);
  if (!j) throw notFound();
  return viewOf(j);
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what a note line must not contain
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

/** The notarial statement text, bound to the entry by its leaf hash and to the cosigned checkpoint. */
export function notarialStatementText(p: { origin: string; index: number; leafHash: Uint8Array; size: number; root: string; enterprise: string; creditCode: string; title: string; notary: string; time: Date; remark?: string | undefined }): string {
  const lines = [
    'yunju.safebox/notarial-statement/v1',
    `log ${p.origin}`,
    `index ${p.index}`,
    `leaf ${encodeBase64(p.leafHash)}`,
    `checkpoint ${p.size} ${p.root}`,
    `enterprise ${oneLine(p.enterprise)} ${p.creditCode}`,
    `title ${oneLine(p.title)}`,
    `notary ${oneLine(p.notary)}`,
    `time ${p.time.toISOString()}`,
  ];
  if (p.remark) lines.push(`remark ${oneLine(p.remark)}`);
  return `${lines.join('\n')}\n`;
}

/** The notary countersigns: unlocks the key with the passphrase, cosigns the current checkpoint, signs the statement. */
export async function countersign(db: Db, ctx: RequestContext, id: string, input: CountersignInput, now: Date, origin: string): Promise<NotarisationView> {
  const actor = authorize(ctx, 'safebox.notarise');
  const j = await findNotarisation(db, actor.tenantId, id);
  if (!j) throw notFound();
  if (j.n.status !== 'requested') throw new AppError('safebox.notarisation_decided');
  const [key, ks] = await Promise.all([findActiveNotaryKey(db, actor.userId), findKeystore(db, actor.userId)]);
  if (!key || !ks) throw new AppError('safebox.no_notary_key');
  const registered = parseVerifierKeyFields(key.verifierKey);
  if (registered.name !== ks.keyName || !timingSafeEqual(Buffer.from(registered.publicKey), ks.publicKey)) throw new AppError('safebox.no_notary_key');
  const seed = unseal(ks.sealedSeed, input.passphrase);
  const head = await readHead(db);
  if (!head || head.size <= j.d.idx) throw new AppError('safebox.not_yet_sequenced');
  const parsed = parseNote(head.note);
  const cosigned = signNote(parsed.text, [cosignatureSigner(ks.keyName, seed, () => Math.floor(now.getTime() / 1000))], parsed.signatures);
  const statementText = notarialStatementText({
    origin,
    index: j.d.idx,
    leafHash: j.d.leafHash,
    size: head.size,
    root: encodeBase64(head.rootHash),
    enterprise: j.enterpriseName,
    creditCode: j.creditCode,
    title: j.d.title,
    notary: actor.displayName,
    time: now,
    remark: input.remark,
  });
  const statement = signNote(statementText, [ed25519Signer(ks.keyName, seed)]);
  seed.fill(0);
  await inTransaction(db, async (tx) => {
    const r = await decideNotarisation(tx, id, { status: 'countersigned', decidedBy: actor.userId, decidedAt: now, notaryKeyId: key.id, cosignedCheckpoint: cosigned, cosignedSize: head.size, statement });
    if (!r) throw new AppError('safebox.notarisation_decided');
    await recordAudit(tx, ctx, { action: 'safebox.notarisation_countersign', targetType: 'safebox_deposit', targetId: j.d.id, summary: { notarisationId: id, checkpointSize: head.size, notaryKey: key.verifierKey } });
  });
  return getForNotary(db, ctx, id);
}

export async function rejectNotarisation(db: Db, ctx: RequestContext, id: string, reason: string, now: Date): Promise<NotarisationView> {
  const actor = authorize(ctx, 'safebox.notarise');
  const j = await findNotarisation(db, actor.tenantId, id);
  if (!j) throw notFound();
  await inTransaction(db, async (tx) => {
    const r = await decideNotarisation(tx, id, { status: 'rejected', decidedBy: actor.userId, decidedAt: now, reason });
    if (!r) throw new AppError('safebox.notarisation_decided');
    await recordAudit(tx, ctx, { action: 'safebox.notarisation_reject', targetType: 'safebox_deposit', targetId: j.d.id, summary: { notarisationId: id } });
  });
  return getForNotary(db, ctx, id);
}
