/**
 * Which uploads are accepted: the extension must be allowed AND the bytes must be what the
 * extension says (magic bytes; for Office files also the container's inner structure). The
 * stored content type comes from here, never from the client. Pure.
 */
import type { AttachmentExtension } from '@yunju/contracts';
import { attachmentExtensions } from '@yunju/contracts';

export const contentTypeOf: Record<AttachmentExtension, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  txt: 'text/plain',
};

const PDF = Buffer.from('%PDF-', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Compound File Binary (OLE2): .doc and .xls. */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

const startsWith = (data: Buffer, magic: Buffer) => data.length >= magic.length && data.subarray(0, magic.length).equals(magic);
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/** The lower-case extension of a file name, if it is one of the accepted ones. */
export function extensionOf(fileName: string): AttachmentExtension | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const ext = fileName.slice(dot + 1).toLowerCase();
  return (attachmentExtensions as readonly string[]).includes(ext) ? (ext as AttachmentExtension) : undefined;
}

/**
 * The entry names of a ZIP archive, read from its central directory; undefined when the data is
 * not a well-formed ZIP (ZIP64 archives, far beyond the upload limit, are not read).
 */
export function zipEntryNames(data: Buffer): string[] | undefined {
  if (!startsWith(data, ZIP_LOCAL) && !startsWith(data, ZIP_EMPTY)) return undefined;
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the end.
  const minEocd = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= minEocd; i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = data.readUInt16LE(eocd + 10);
  const cdSize = data.readUInt32LE(eocd + 12);
  const cdOffset = data.readUInt32LE(eocd + 16);
  if (cdOffset + cdSize > eocd) return undefined;
  const names: string[] = [];
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > eocd || data.readUInt32LE(p) !== 0x02014b50) return undefined;
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > eocd) return undefined;
    names.push(data.subarray(p + 46, p + 46 + nameLength).toString('utf8'));
    p = next;
  }
  return names;
}

/** Plain text: no NUL and no control characters but tab, line feed, form feed, carriage return and Ctrl-Z (UTF-8 or GB18030 alike). */
function isPlainText(data: Buffer): boolean {
  for (const b of data) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a) return false;
    if (b === 0x7f) return false;
  }
  return true;
}

/** True when the bytes are what the extension says. */
export function contentMatchesExtension(ext: AttachmentExtension, data: Buffer): boolean {
  switch (ext) {
    case 'pdf':
      return startsWith(data, PDF);
    case 'jpg':
    case 'jpeg':
      return startsWith(data, JPEG);
    case 'png':
      return startsWith(data, PNG);
    case 'doc':
      // An OLE2 container holding a Word document stream (directory names are UTF-16LE).
      return startsWith(data, CFB) && data.includes(utf16('WordDocument'));
    case 'xls':
      return startsWith(data, CFB) && (data.includes(utf16('Workbook')) || data.includes(utf16('Book')));
    case 'docx': {
      const names = zipEntryNames(data);
      return names !== undefined && names.includes('[Content_Types].xml') && names.includes('word/document.xml');
    }
    case 'xlsx': {
      const names = zipEntryNames(data);
      return names !== undefined && names.includes('[Content_Types].xml') && names.includes('xl/workbook.xml');
    }
    case 'zip':
      return zipEntryNames(data) !== undefined;
    case 'txt':
      return isPlainText(data);
  }
}

export type FileCheck = { ok: true; extension: AttachmentExtension; contentType: string } | { ok: false; code: 'type_not_allowed' | 'content_mismatch' | 'empty' };

/** Checks an upload by its name and its bytes. */
export function checkUpload(fileName: string, data: Buffer): FileCheck {
  const extension = extensionOf(fileName);
  if (!extension) return { ok: false, code: 'type_not_allowed' };
  if (data.length === 0) return { ok: false, code: 'empty' };
  if (!contentMatchesExtension(extension, data)) return { ok: false, code: 'content_mismatch' };
  return { ok: true, extension, contentType: contentTypeOf[extension] };
}

/**
 * A file name safe to store and to send back: the last path segment, without control
 * characters, trimmed, at most 200 characters (keeping the extension).
 */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (base.length <= 200) return base;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return base.slice(0, 200 - ext.length) + ext;
}
