import type { Readable } from 'node:stream';
import type { UploadedAttachment } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { sha256Of, type BlobStore } from './blob-store.ts';
import { checkUpload, cleanFileName } from './file-types.ts';
import { findAttachmentRow, insertAttachment, type AttachmentRow, listAttachmentRows } from './attachments.repository.ts';

/** What other modules know of a stored file. */
export interface AttachmentMeta {
  id: string;
  tenantId: string;
  sha256: string;
  sizeBytes: number;
  contentType: string;
  originalName: string;
  uploadedBy: string;
  uploadedAt: Date;
}

/** An uploaded file as the HTTP layer read it. */
export interface IncomingFile {
  fileName: string;
  data: Buffer;
}

const toMeta = (r: AttachmentRow): AttachmentMeta => ({
  id: r.id,
  tenantId: r.tenantId,
  sha256: r.sha256,
  sizeBytes: r.sizeBytes,
  contentType: r.contentType,
  originalName: r.originalName,
  uploadedBy: r.uploadedBy,
  uploadedAt: r.uploadedAt,
});

const fileProblem = {
  type_not_allowed: { message: '仅支持 PDF、JPG、PNG、Word（doc/docx）、Excel（xls/xlsx）、ZIP 和 TXT 文件', messageEn: 'Only PDF, JPG, PNG, Word (doc/docx), Excel (xls/xlsx), ZIP and TXT files are accepted' },
  content_mismatch: { message: '文件内容与扩展名不符', messageEn: 'The file content does not match its extension' },
  empty: { message: '文件为空', messageEn: 'The file is empty' },
} as const;

/**
 * Stores an upload: authorises first, then reads the file (`read` consumes the request body),
 * checks its name and bytes, writes the blob, then the row and its audit in one transaction.
 * A failure after the blob is written leaves only an unreferenced blob, never a row without bytes.
 */
export async function uploadAttachment(db: Db, store: BlobStore, ctx: RequestContext, read: () => Promise<IncomingFile>): Promise<UploadedAttachment> {
  const actor = authorize(ctx, 'attachment.upload');
  const file = await read();
  const originalName = cleanFileName(file.fileName);
  const check = checkUpload(originalName, file.data);
  if (!check.ok) throw new AppError('request.invalid', { fieldErrors: [{ path: 'file', code: check.code, ...fileProblem[check.code] }] });
  const sha256 = sha256Of(file.data);
  await store.put(sha256, file.data);
  const row = await db.transaction(async (tx) => {
    const inserted = await insertAttachment(tx, { tenantId: actor.tenantId, sha256, sizeBytes: file.data.length, contentType: check.contentType, originalName, uploadedBy: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'attachment.uploaded',
      targetType: 'attachment',
      targetId: inserted.id,
      summary: { sha256, sizeBytes: inserted.sizeBytes, contentType: inserted.contentType, originalName },
    });
    return inserted;
  });
  return { id: row.id, sha256, sizeBytes: row.sizeBytes, contentType: row.contentType, originalName: row.originalName };
}

/** The metadata of a tenant's attachment; throws NotFound for an unknown id or another tenant's. Checks no permission: callers scope it. */
export async function getAttachmentMeta(db: Db, tenantId: string, id: string): Promise<AttachmentMeta> {
  const row = await findAttachmentRow(db, tenantId, id);
  if (!row) throw notFound();
  return toMeta(row);
}

/** The metadata of several of a tenant's attachments by id, in one query; unknown ids and other tenants' are absent. Checks no permission: callers scope it. */
export async function listAttachmentMetas(db: Db, tenantId: string, ids: readonly string[]): Promise<Map<string, AttachmentMeta>> {
  const rows = await listAttachmentRows(db, tenantId, ids);
  return new Map(rows.map((r) => [r.id, toMeta(r)]));
}

/** The bytes of an attachment; a blob missing from the store is an operational fault (500, logged), not a 404. */
export function openAttachmentStream(store: BlobStore, meta: AttachmentMeta): Promise<Readable> {
  return store.get(meta.sha256);
}

/** One of the caller's own uploads; anyone else's (or none) is 404. */
export async function getOwnAttachment(db: Db, ctx: RequestContext, id: string): Promise<AttachmentMeta> {
  const actor = authorize(ctx, 'attachment.read_own');
  const meta = await getAttachmentMeta(db, actor.tenantId, id);
  if (meta.uploadedBy !== actor.userId) throw notFound();
  return meta;
}
