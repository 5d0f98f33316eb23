import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../org/org.table.ts';
import { users } from '../identity/identity.table.ts';

/** Uploaded files: metadata here, the bytes in the blob store under their SHA-256 (one blob per content). */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    sha256: text('sha256').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    /** Derived from the checked content, not from what the client claimed. */
    contentType: text('content_type').notNull(),
    originalName: text('original_name').notNull(),
    uploadedBy: uuid('uploaded_by').notNull().references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('attachments_tenant_uploader_idx').on(t.tenantId, t.uploadedBy), index('attachments_sha256_idx').on(t.sha256)],
);
