/**
 * Trade-secret safe box (商业秘密保险箱, issue 6): evidence deposits in a verifiable transparency log.
 * The file never leaves the enterprise: the browser hashes it (SHA-256) and draws a random 256-bit
 * salt; only these two hex strings and the descriptive fields are sent.
 *
 * Routes (server: apps/server/src/modules/safebox/; this file only grows additively):
 *
 * Enterprise (permission safebox.deposit / safebox.read_own):
 *   POST /api/safebox/deposits                          DepositInput → 201 DepositCreated {id, index}
 *   POST /api/safebox/deposits/batch                    BatchDepositInput → 201 BatchDepositCreated
 *   GET  /api/safebox/deposits?q=&category=&from=&to=&notarisation=&page=&pageSize=   → DepositPage
 *   GET  /api/safebox/deposits/export?q=&category=&from=&to=   → .xlsx
 *   GET  /api/safebox/deposits/{id}                     → DepositDetail (404 outside the enterprise)
 *   GET  /api/safebox/deposits/{id}/receipt             → text/plain tlog-proof (c2sp.org/tlog-proof@v1),
 *                                                          409 safebox.not_yet_sequenced before a checkpoint covers it;
 *                                                          carries the notary cosignature once notarised
 *   GET  /api/safebox/deposits/{id}/certificate         → application/pdf (Chinese certificate with QR), 409 as above
 *   POST /api/safebox/deposits/{id}/notarisation        NotarisationRequestInput → 201 NotarisationView
 *
 * Notary (permission safebox.notarise):
 *   GET  /api/safebox/notarisations?status=&page=&pageSize=   → NotarisationPage (pending first)
 *   GET  /api/safebox/notarisations/{id}               → NotarisationView (enterprise identity, description)
 *   POST /api/safebox/notarisations/{id}/countersign   CountersignInput → 200 NotarisationView
 *   POST /api/safebox/notarisations/{id}/reject        RejectNotarisationInput → 200 NotarisationView
 *   GET  /api/safebox/notary/keystore                  → NotaryKeystoreView (has the notary a key? its public key)
 *   POST /api/safebox/notary/keystore                  CreateKeystoreInput → 201 NotaryKeystoreView
 *        (the server generates or imports the notary's Ed25519 key and keeps it encrypted under the
 *         notary's passphrase; the passphrase unlocks it for each countersignature — ADR 0007)
 *
 * Bureau admin (permission safebox.manage_notary_keys):
 *   GET  /api/safebox/notary-keys                      → NotaryKey[]
 *   POST /api/safebox/notary-keys                      RegisterNotaryKeyInput → 201 NotaryKey
 *        (registering a new key for a notary retires the previous one; retired keys stay published)
 *   POST /api/safebox/notary-keys/{id}/retire          → 200 NotaryKey
 *
 * Public, no login (the read-only log API; C2SP tlog-tiles under /api/safebox/log/):
 *   GET  /api/safebox/log/key                          → text/plain signed-note verifier key of the log
 *   GET  /api/safebox/log/info                         → LogInfo (origin, log key, notary cosigner keys)
 *   GET  /api/safebox/log/checkpoint                   → text/plain signed checkpoint (no-cache)
 *   GET  /api/safebox/log/tile/<L>/<N>[.p/<W>]         → application/octet-stream hash tile (immutable)
 *        (entry bundles tile/entries/… are not published: entries contain the salt — see packages/tlog/README.md)
 *   GET  /api/safebox/log/proof/inclusion?index=&size= → InclusionProofView
 *   GET  /api/safebox/log/proof/consistency?from=&to=  → ConsistencyProofView
 *   GET  /api/safebox/log/timestamp                    → CheckpointTimestamp (RFC 3161 token over the latest
 *                                                      time-stamped checkpoint note; 404 when no TSA is configured)
 *   POST /api/safebox/verify                           VerifyInput → VerifyResult (convenience: the same
 *                                                      checks as `npx yunju-verify`, run by the server)
 */
import { z } from 'zod';
import { IsoDateTime, pageOf, PageQuery } from './common.ts';

/** 64 lowercase or uppercase hex digits (normalised to lowercase by the server). */
export const Hex256 = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal digits')
  .transform((s) => s.toLowerCase());

export const SafeboxCategory = z.enum(['technical', 'business', 'source_code', 'design', 'formula', 'other']);
export type SafeboxCategory = z.infer<typeof SafeboxCategory>;
export const safeboxCategories = SafeboxCategory.options;

export const DepositInput = z.strictObject({
  /** SHA-256 of the file, hex (computed in the browser). */
  sha256: Hex256,
  /** Random 256-bit salt, hex, kept by the enterprise. */
  salt: Hex256,
  title: z.string().trim().min(1).max(200),
  category: SafeboxCategory.optional(),
  description: z.string().trim().max(2000).optional(),
  /** Original file name and size, for the enterprise's own record only (never in the log). */
  fileName: z.string().trim().max(255).optional(),
  fileSize: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});
export type DepositInput = z.input<typeof DepositInput>;

export const DepositCreated = z.object({ id: z.string().uuid(), index: z.number().int() });
export type DepositCreated = z.infer<typeof DepositCreated>;

export const BatchDepositInput = z.strictObject({ items: z.array(DepositInput).min(1).max(500) });
export type BatchDepositInput = z.input<typeof BatchDepositInput>;
export const BatchDepositCreated = z.object({ items: z.array(DepositCreated) });
export type BatchDepositCreated = z.infer<typeof BatchDepositCreated>;

export const NotarisationStatus = z.enum(['requested', 'countersigned', 'rejected']);
export type NotarisationStatus = z.infer<typeof NotarisationStatus>;

export const DepositSummary = z.object({
  id: z.string().uuid(),
  index: z.number().int(),
  title: z.string(),
  category: SafeboxCategory.nullable(),
  fileName: z.string().nullable(),
  fileSize: z.number().int().nullable(),
  sha256: z.string(),
  depositedAt: IsoDateTime,
  /** True once a signed checkpoint covers the entry (the receipt can be downloaded). */
  sequenced: z.boolean(),
  notarisation: NotarisationStatus.nullable(),
});
export type DepositSummary = z.infer<typeof DepositSummary>;
export const DepositPage = pageOf(DepositSummary);
export type DepositPage = z.infer<typeof DepositPage>;

export const DepositListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  category: SafeboxCategory.optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  notarisation: z.enum(['none', ...NotarisationStatus.options]).optional(),
});
export type DepositListQuery = z.infer<typeof DepositListQuery>;
export const DepositExportQuery = DepositListQuery.omit({ page: true, pageSize: true });
export type DepositExportQuery = z.infer<typeof DepositExportQuery>;

export const DepositDetail = DepositSummary.extend({
  salt: z.string(),
  description: z.string().nullable(),
  /** The log entry (base64), as in the receipt's extra line; its leaf hash (base64). */
  entry: z.string(),
  leafHash: z.string(),
  /** The log's origin and the verification page address printed on the certificate. */
  origin: z.string(),
  verifyUrl: z.string(),
  notarisationDetail: z
    .object({
      id: z.string().uuid(),
      status: NotarisationStatus,
      requestedAt: IsoDateTime,
      decidedAt: IsoDateTime.nullable(),
      notaryName: z.string().nullable(),
      notaryKey: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
});
export type DepositDetail = z.infer<typeof DepositDetail>;

export const NotarisationRequestInput = z.strictObject({ note: z.string().trim().max(1000).optional() });
export type NotarisationRequestInput = z.input<typeof NotarisationRequestInput>;

export const NotarisationView = z.object({
  id: z.string().uuid(),
  depositId: z.string().uuid(),
  status: NotarisationStatus,
  requestedAt: IsoDateTime,
  decidedAt: IsoDateTime.nullable(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  /** What the notary reviews: the enterprise's identity and the deposit's description. */
  enterprise: z.object({ id: z.string().uuid(), name: z.string(), uscc: z.string().nullable() }),
  deposit: z.object({ index: z.number().int(), title: z.string(), category: SafeboxCategory.nullable(), description: z.string().nullable(), sha256: z.string(), depositedAt: IsoDateTime }),
  notaryName: z.string().nullable(),
  /** The cosigner verifier key used (name+id+base64), once countersigned. */
  notaryKey: z.string().nullable(),
  /** The notarial statement (a signed note), once countersigned. */
  statement: z.string().nullable(),
});
export type NotarisationView = z.infer<typeof NotarisationView>;
export const NotarisationPage = pageOf(NotarisationView);
export type NotarisationPage = z.infer<typeof NotarisationPage>;
export const NotarisationListQuery = PageQuery.extend({ status: NotarisationStatus.optional() });
export type NotarisationListQuery = z.infer<typeof NotarisationListQuery>;

export const CountersignInput = z.strictObject({
  /** Unlocks the notary's keystore for this one signature (never stored). */
  passphrase: z.string().min(8).max(200),
  /** Optional remark included in the notarial statement. */
  remark: z.string().trim().max(500).optional(),
});
export type CountersignInput = z.input<typeof CountersignInput>;
export const RejectNotarisationInput = z.strictObject({ reason: z.string().trim().min(1).max(1000) });
export type RejectNotarisationInput = z.input<typeof RejectNotarisationInput>;

export const CreateKeystoreInput = z.strictObject({
  passphrase: z.string().min(8).max(200),
  /** Import an existing signer key (`PRIVATE+KEY+name+id+base64`) instead of generating one. */
  signerKey: z.string().max(500).optional(),
});
export type CreateKeystoreInput = z.input<typeof CreateKeystoreInput>;
export const NotaryKeystoreView = z.object({
  exists: z.boolean(),
  /** cosignature/v1 verifier key (name+id+base64(0x04‖pubkey)) to hand to the bureau admin. */
  verifierKey: z.string().nullable(),
  /** Whether the bureau admin has registered this key (it can countersign only then). */
  registered: z.boolean(),
});
export type NotaryKeystoreView = z.infer<typeof NotaryKeystoreView>;

export const NotaryKey = z.object({
  id: z.string().uuid(),
  notaryUserId: z.string().uuid(),
  notaryName: z.string(),
  verifierKey: z.string(),
  status: z.enum(['active', 'retired']),
  registeredAt: IsoDateTime,
  retiredAt: IsoDateTime.nullable(),
});
export type NotaryKey = z.infer<typeof NotaryKey>;
export const RegisterNotaryKeyInput = z.strictObject({
  notaryUsername: z.string().trim().min(1).max(64),
  /** cosignature/v1 verifier key string. */
  verifierKey: z.string().trim().min(1).max(300),
});
export type RegisterNotaryKeyInput = z.input<typeof RegisterNotaryKeyInput>;

export const LogInfo = z.object({
  origin: z.string(),
  /** Signed-note verifier key of the log (also at /api/safebox/log/key). */
  logKey: z.string(),
  /** Every notary cosigner key ever registered (retired ones included, so old receipts verify). */
  notaryKeys: z.array(z.object({ verifierKey: z.string(), notaryName: z.string(), status: z.enum(['active', 'retired']) })),
  size: z.number().int(),
});
export type LogInfo = z.infer<typeof LogInfo>;

export const InclusionProofQuery = z.strictObject({ index: z.coerce.number().int().min(0), size: z.coerce.number().int().min(1) });
export const InclusionProofView = z.object({ index: z.number().int(), size: z.number().int(), leafHash: z.string(), proof: z.array(z.string()) });
export type InclusionProofView = z.infer<typeof InclusionProofView>;
export const ConsistencyProofQuery = z.strictObject({ from: z.coerce.number().int().min(0), to: z.coerce.number().int().min(0) });
export const ConsistencyProofView = z.object({ from: z.number().int(), to: z.number().int(), proof: z.array(z.string()) });
export type ConsistencyProofView = z.infer<typeof ConsistencyProofView>;

export const VerifyInput = z.strictObject({
  /** The .tlog-proof text. */
  receipt: z.string().min(1).max(20000),
  /** File SHA-256 computed in the browser, and the salt the enterprise kept. */
  sha256: Hex256,
  salt: Hex256,
  /** Require a cosignature by a registered notary key. */
  requireNotary: z.boolean().optional(),
});
export type VerifyInput = z.input<typeof VerifyInput>;
export const VerifyResult = z.object({
  ok: z.boolean(),
  /** Failure reason (English, from the verifier) when not ok. */
  reason: z.string().nullable(),
  index: z.number().int().nullable(),
  treeSize: z.number().int().nullable(),
  depositedAt: IsoDateTime.nullable(),
  /** Verified notary cosignatures. */
  notaries: z.array(z.object({ name: z.string(), cosignedAt: IsoDateTime.nullable() })),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

/** An RFC 3161 time-stamp token over SHA-256 of a signed checkpoint note (exactly as served). */
export const CheckpointTimestamp = z.object({
  checkpoint: z.string(),
  size: z.number().int(),
  tsaUrl: z.string(),
  /** DER timeStampToken, base64. */
  token: z.string(),
  stampedAt: IsoDateTime,
});
export type CheckpointTimestamp = z.infer<typeof CheckpointTimestamp>;
