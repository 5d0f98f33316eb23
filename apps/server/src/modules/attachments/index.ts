export { attachmentRoutes } from './attachments.routes.ts';
export { getAttachmentMeta, listAttachmentMetas, openAttachmentStream, uploadAttachment, type AttachmentMeta, type IncomingFile } from './attachments.service.ts';
export { DiskBlobStore, sha256Of, type BlobStore } from './blob-store.ts';
export { checkUpload, contentTypeOf } from './file-types.ts';
// HTTP helpers, for other modules' routes only (services never send HTTP).
export { contentDispositionOf, readSingleFile, sendAttachment } from './attachments.http.ts';
