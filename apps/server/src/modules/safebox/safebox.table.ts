import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, customType, index, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { enterprises } from '../enterprises/enterprises.table.ts';
import { users } from '../identity/identity.table.ts';
import { tenants } from '../org/org.table.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const safeboxCategory = ['technical', 'business', 'source_code', 'design', 'formula', 'other'] as const;

/**
 * The safe-box transparency log has one row here per log (id 1). `next_index` is the next leaf
 * index to hand out: a deposit transaction takes indices by incrementing it (the row lock orders
 * concurrent deposit transactions, so committed indices are always a contiguous prefix).
 */
export const safeboxLogCounter = pgTable('safebox_log_counter', {
  id: smallint('id').primaryKey(),
  nextIndex: bigint('next_index', { mode: 'number' }).notNull(),
});

/**
 * The integrated tree: size and root of the latest signed checkpoint. The sequencer advances it
 * with a compare-and-set on `size` in the transaction that writes tiles and the checkpoint.
 * `log_key` pins the verifier key: a process with another signing key refuses to sign.
 */
export const safeboxLogHead = pgTable('safebox_log_head', {
  id: smallint('id').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  rootHash: bytea('root_hash').notNull(),
  checkpointId: bigint('checkpoint_id', { mode: 'number' }).notNull(),
  logKey: text('log_key').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** Every checkpoint the log signed (re-signatures of an idle log included), oldest first. */
export const safeboxCheckpoints = pgTable(
  'safebox_checkpoints',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    size: bigint('size', { mode: 'number' }).notNull(),
    rootHash: bytea('root_hash').notNull(),
    /** The signed note, verbatim. */
    note: text('note').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('safebox_checkpoints_size_idx').on(t.size)],
);

/** tlog-tiles hash tiles: (level, index) → up to 256 concatenated 32-byte hashes (a partial tile grows until full). */
export const safeboxTiles = pgTable(
  'safebox_tiles',
  {
    level: smallint('level').notNull(),
    idx: bigint('idx', { mode: 'number' }).notNull(),
    hashes: bytea('hashes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.idx] })],
);

/** Deposits (存证): one log entry each; title, category and description stay here, never in the log. */
export const safeboxDeposits = pgTable(
  'safebox_deposits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    /** Leaf index in the log. */
    idx: bigint('idx', { mode: 'number' }).notNull(),
    /** The log entry bytes (packages/tlog/src/entry.ts) and its RFC 9162 leaf hash. */
    entry: bytea('entry').notNull(),
    leafHash: bytea('leaf_hash').notNull(),
    sha256: text('sha256').notNull(),
    salt: text('salt').notNull(),
    title: text('title').notNull(),
    category: text('category', { enum: safeboxCategory }),
    description: text('description'),
    fileName: text('file_name'),
    fileSize: bigint('file_size', { mode: 'number' }),
    depositedAt: timestamp('deposited_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
  },
  (t) => [
    uniqueIndex('safebox_deposits_idx_uq').on(t.idx),
    index('safebox_deposits_enterprise_idx').on(t.tenantId, t.enterpriseId, t.depositedAt),
  ],
);

/** Notarisation (公证) requests and their countersignatures. */
export const safeboxNotarisations = pgTable(
  'safebox_notarisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    depositId: uuid('deposit_id').notNull().references(() => safeboxDeposits.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    status: text('status', { enum: ['requested', 'countersigned', 'rejected'] }).notNull(),
    note: text('note'),
    reason: text('reason'),
    requestedBy: uuid('requested_by').notNull().references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    notaryKeyId: uuid('notary_key_id'),
    /** The checkpoint (log-signed, plus the notary's cosignature/v1) the receipt then carries. */
    cosignedCheckpoint: text('cosigned_checkpoint'),
    cosignedSize: bigint('cosigned_size', { mode: 'number' }),
    /** The notarial statement: a signed note bound to the entry's leaf hash. */
    statement: text('statement'),
  },
  (t) => [uniqueIndex('safebox_notarisations_deposit_uq').on(t.depositId), index('safebox_notarisations_status_idx').on(t.tenantId, t.status, t.requestedAt)],
);

/**
 * A notary's Ed25519 key, encrypted under the notary's passphrase (scrypt → AES-256-GCM); the
 * server can use it only while the notary supplies the passphrase (ADR 0007).
 */
export const safeboxNotaryKeystores = pgTable('safebox_notary_keystores', {
  userId: uuid('user_id').primaryKey().references(() => users.id),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  keyName: text('key_name').notNull(),
  publicKey: bytea('public_key').notNull(),
  /** scrypt salt ‖ AES-GCM nonce ‖ tag ‖ ciphertext of the 32-byte seed. */
  sealedSeed: bytea('sealed_seed').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Notary cosigner keys registered by the bureau admin; retired keys stay published. */
export const safeboxNotaryKeys = pgTable(
  'safebox_notary_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    notaryUserId: uuid('notary_user_id').notNull().references(() => users.id),
    verifierKey: text('verifier_key').notNull(),
    status: text('status', { enum: ['active', 'retired'] }).notNull(),
    registeredBy: uuid('registered_by').notNull().references(() => users.id),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('safebox_notary_keys_vkey_uq').on(t.verifierKey),
    uniqueIndex('safebox_notary_keys_one_active_uq').on(t.notaryUserId).where(sql`status = 'active'`),
    check('safebox_notary_keys_status_ck', sql`status in ('active', 'retired')`),
  ],
);

/** RFC 3161 time-stamp tokens over signed checkpoints (the served note text), from the configured TSA. */
export const safeboxCheckpointTimestamps = pgTable('safebox_checkpoint_timestamps', {
  checkpointId: bigint('checkpoint_id', { mode: 'number' })
    .primaryKey()
    .references(() => safeboxCheckpoints.id),
  tsaUrl: text('tsa_url').notNull(),
  /** DER timeStampToken (CMS SignedData). */
  token: bytea('token').notNull(),
  stampedAt: timestamp('stamped_at', { withTimezone: true }).notNull(),
});
