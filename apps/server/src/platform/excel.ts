import ExcelJS from 'exceljs';

/*
 * Excel boilerplate shared by every module that exports or imports .xlsx: a one-sheet workbook with
 * a bold header row and column widths, the bytes out, and reading the first sheet of an upload.
 */

export interface SheetColumn {
  header: string;
  key: string;
  width: number;
}

export interface NewSheetOptions {
  /** Keep the header row in view while scrolling (default true). */
  frozenHeader?: boolean;
  /** Stamp the workbook's creation time (default false). */
  stampCreated?: boolean;
}

/** A workbook (creator Yunju) with one sheet: `columns` as a bold header row with their widths. */
export function newSheet(title: string, columns: readonly SheetColumn[], options: NewSheetOptions = {}): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const { frozenHeader = true, stampCreated = false } = options;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yunju';
  if (stampCreated) wb.created = new Date();
  const ws = wb.addWorksheet(title, frozenHeader ? { views: [{ state: 'frozen', ySplit: 1 }] } : undefined);
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  return { wb, ws };
}

/** The workbook's .xlsx bytes. */
export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Why an upload is not a readable workbook. */
export type WorkbookFault = 'not_xlsx' | 'unreadable' | 'no_sheet';

const faultDetail: Record<WorkbookFault, string> = {
  not_xlsx: 'The file is not an .xlsx workbook',
  unreadable: 'The workbook cannot be read',
  no_sheet: 'The workbook has no worksheet',
};

/**
 * The first worksheet of an uploaded .xlsx. An .xlsx is a zip archive: the signature is checked
 * before the bytes reach the parser. `invalid` makes the error to throw (given the fault and an
 * English detail).
 */
export async function loadFirstSheet(file: Buffer, invalid: (fault: WorkbookFault, detail: string) => Error): Promise<ExcelJS.Worksheet> {
  const fail = (fault: WorkbookFault) => invalid(fault, faultDetail[fault]);
  if (file.length < 4 || file.readUInt32LE(0) !== 0x04034b50) throw fail('not_xlsx');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw fail('unreadable');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw fail('no_sheet');
  return ws;
}

/** Row 1's cell texts, trimmed, by column (0-based; empty cells included). */
export function headerTexts(ws: ExcelJS.Worksheet): string[] {
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cell.text.trim();
  });
  return headers;
}
