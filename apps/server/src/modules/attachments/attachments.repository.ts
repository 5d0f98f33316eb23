import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { attachments } from './attachments.table.ts';

export type AttachmentRow = typeof attachments.$inferSelect;

export async function insertAttachment(db: Db, values: typeof attachments.$inferInsert): Promise<AttachmentRow> {
  const [row] = await db.insert(attachments).values(values).returning();
  return row!;
}

export async function findAttachmentRow(db: Db, tenantId: string, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db.select().from(attachments).where(and(eq(attachments.tenantId, tenantId), eq(attachments.id, id))).limit(1);
  return row;
}

/** The tenant's attachments among `ids` (unknown ids and other tenants' are left out). */
export async function listAttachmentRows(db: Db, tenantId: string, ids: readonly string[]): Promise<AttachmentRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.tenantId, tenantId), inArray(attachments.id, [...new Set(ids)])));
}
