import { z } from 'zod';

/** File kinds accepted for upload, by extension; each is also checked by its content (magic bytes). */
export const AttachmentExtension = z.enum(['pdf', 'jpg', 'jpeg', 'png', 'doc', 'docx', 'xls', 'xlsx', 'zip', 'txt']);
export type AttachmentExtension = z.infer<typeof AttachmentExtension>;
export const attachmentExtensions = AttachmentExtension.options;

/** Answer of `POST /api/attachments`. */
export const UploadedAttachment = z.object({
  id: z.string(),
  sha256: z.string().describe('SHA-256 of the content, hex'),
  sizeBytes: z.number().int(),
  contentType: z.string().describe('derived from the checked content, not from the client'),
  originalName: z.string(),
});
export type UploadedAttachment = z.infer<typeof UploadedAttachment>;
