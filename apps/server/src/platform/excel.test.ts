import { describe, expect, it } from 'vitest';
import { headerTexts, loadFirstSheet, newSheet, workbookBuffer, type WorkbookFault } from './excel.ts';

class Fault extends Error {
  constructor(readonly fault: WorkbookFault) {
    super(fault);
  }
}
const load = (file: Buffer) => loadFirstSheet(file, (fault) => new Fault(fault));

describe('platform/excel', () => {
  it('writes a sheet with a bold, frozen header row and reads it back', async () => {
    const { wb, ws } = newSheet('名单', [
      { header: '编号', key: 'code', width: 12 },
      { header: '名称', key: 'name', width: 30 },
    ]);
    ws.addRow({ code: 'A1', name: '测试' });
    const back = await load(await workbookBuffer(wb));
    expect(back.name).toBe('名单');
    expect(headerTexts(back)).toEqual(['编号', '名称']);
    expect(back.getRow(1).font?.bold).toBe(true);
    expect(back.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(back.getColumn(2).width).toBe(30);
    expect(back.getRow(2).getCell(2).text).toBe('测试');
  });

  it('leaves the header unfrozen when asked', async () => {
    const { wb } = newSheet('名单', [{ header: '编号', key: 'code', width: 12 }], { frozenHeader: false });
    const back = await load(await workbookBuffer(wb));
    expect((back.views ?? []).some((v) => v.state === 'frozen')).toBe(false);
  });

  it('names the fault of a file that is not a readable workbook', async () => {
    await expect(load(Buffer.from('code,name\n'))).rejects.toMatchObject({ fault: 'not_xlsx' });
    await expect(load(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]))).rejects.toMatchObject({ fault: 'unreadable' });
  });
});
