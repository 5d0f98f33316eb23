import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { attachmentExtensions, type AttachmentExtension } from '@yunju/contracts';
import { samples, zipOf } from '../../../test/sample-files.ts';
import { checkUpload, cleanFileName, contentMatchesExtension, extensionOf, zipEntryNames } from './file-types.ts';

type Sample = keyof typeof samples;

/** Which sample each extension accepts: itself, plus the ZIP family (docx and xlsx are ZIPs) and text in two encodings. */
const accepts: Record<AttachmentExtension, Sample[]> = {
  pdf: ['pdf'],
  jpg: ['jpg'],
  jpeg: ['jpg'],
  png: ['png'],
  doc: ['doc'],
  xls: ['xls'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  zip: ['zip', 'docx', 'xlsx'],
  txt: ['txt', 'gbkTxt'],
};

describe('contentMatchesExtension', () => {
  for (const ext of attachmentExtensions) {
    it(`.${ext} accepts exactly ${accepts[ext].join(', ')} among every sample`, () => {
      for (const sample of Object.keys(samples) as Sample[]) {
        expect(contentMatchesExtension(ext, samples[sample]), `${ext} ← ${sample}`).toBe(accepts[ext].includes(sample));
      }
    });
  }

  it('accepts a real workbook written by exceljs as .xlsx and .zip, not as .docx', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('统计').addRow(['企业', '研发投入']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    expect(contentMatchesExtension('xlsx', data)).toBe(true);
    expect(contentMatchesExtension('zip', data)).toBe(true);
    expect(contentMatchesExtension('docx', data)).toBe(false);
  });

  it('refuses a PDF that only starts later, or a truncated ZIP', () => {
    expect(contentMatchesExtension('pdf', Buffer.concat([Buffer.from(' '), samples.pdf]))).toBe(false);
    expect(contentMatchesExtension('zip', samples.zip.subarray(0, samples.zip.length - 5))).toBe(false);
    expect(contentMatchesExtension('docx', samples.docx.subarray(0, 40))).toBe(false);
  });
});

describe('zipEntryNames', () => {
  it('lists the entries from the central directory, UTF-8 names included', () => {
    expect(zipEntryNames(samples.zip)).toEqual(['申请材料/说明.txt', 'a.txt']);
    expect(zipEntryNames(zipOf({}))).toEqual([]);
  });

  it('is undefined for anything that is not a well-formed ZIP', () => {
    expect(zipEntryNames(samples.pdf)).toBeUndefined();
    expect(zipEntryNames(Buffer.from('PK\x03\x04', 'latin1'))).toBeUndefined();
    const corrupt = Buffer.from(samples.zip);
    corrupt.writeUInt32LE(corrupt.length, corrupt.length - 6); // central directory offset past the end
    expect(zipEntryNames(corrupt)).toBeUndefined();
  });
});

describe('checkUpload', () => {
  it('derives the content type from the checked content', () => {
    expect(checkUpload('申请书.PDF', samples.pdf)).toEqual({ ok: true, extension: 'pdf', contentType: 'application/pdf' });
    expect(checkUpload('photo.jpeg', samples.jpg)).toMatchObject({ ok: true, contentType: 'image/jpeg' });
    expect(checkUpload('a.docx', samples.docx)).toMatchObject({ ok: true, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(checkUpload('说明.txt', samples.gbkTxt)).toMatchObject({ ok: true, contentType: 'text/plain' });
  });

  it('refuses other extensions, no extension, a spoofed type and an empty file', () => {
    expect(checkUpload('setup.exe', samples.exe)).toEqual({ ok: false, code: 'type_not_allowed' });
    expect(checkUpload('README', samples.txt)).toEqual({ ok: false, code: 'type_not_allowed' });
    expect(checkUpload('.pdf', samples.pdf)).toEqual({ ok: false, code: 'type_not_allowed' });
    expect(checkUpload('a.pdf.exe', samples.exe)).toEqual({ ok: false, code: 'type_not_allowed' });
    expect(checkUpload('invoice.pdf', samples.exe)).toEqual({ ok: false, code: 'content_mismatch' });
    expect(checkUpload('invoice.pdf', samples.png)).toEqual({ ok: false, code: 'content_mismatch' });
    expect(checkUpload('empty.txt', Buffer.alloc(0))).toEqual({ ok: false, code: 'empty' });
  });
});

describe('extensionOf and cleanFileName', () => {
  it('reads the last extension, case-insensitively', () => {
    expect(extensionOf('a.tar.ZIP')).toBe('zip');
    expect(extensionOf('a.')).toBeUndefined();
    expect(extensionOf('pdf')).toBeUndefined();
  });

  it('keeps only the last path segment, drops control characters, trims, and shortens long names keeping the extension', () => {
    expect(cleanFileName('C:\\Users\\张三\\申请书.pdf')).toBe('申请书.pdf');
    expect(cleanFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(cleanFileName(' a\u0000b\r\n.pdf ')).toBe('ab.pdf');
    const long = cleanFileName(`${'很'.repeat(300)}.docx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.docx')).toBe(true);
  });
});
