import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildItemWorkbook, duplicateCodeRejects, formatMaterial, ITEM_COLUMNS, parseItemRow, parseMaterial, readSheet, splitList, type Lookups } from './catalogue-excel.ts';

const lookups: Lookups = {
  departments: [
    { id: '00000000-0000-4000-8000-0000000000a1', code: 'kjj', name: '示范县科学技术局', shortName: '科技局' },
    { id: '00000000-0000-4000-8000-0000000000a2', code: 'jxj', name: '示范县经济和信息化局', shortName: '经信局' },
  ],
  towns: [{ id: 't-1', code: '330699001', name: '锦屏街道' }],
  resourceIds: new Map([['ZY-0001', '00000000-0000-4000-8000-000000000001']]),
};

const cells = (o: Record<string, string> = {}) => ({
  事项编码: 'KJ-001',
  事项名称: '县级科技计划项目申报',
  事项类别: '科技项目',
  牵头部门: '科技局',
  协办部门: '示范县经济和信息化局',
  '承诺时限（工作日）': '20',
  办理渠道: '网上办理；窗口办理',
  受理条件: '条件一；条件二',
  申请材料: '申报书(必需)[doc/docx]；营业执照副本（或电子营业执照）(可选)[pdf/jpg/png]',
  设定依据: '《中华人民共和国科学技术进步法》；县政策',
  事项说明: '说明',
  关联资源编码: 'ZY-0001',
  ...o,
});

describe('materials', () => {
  it('formats and parses 名称(必需|可选)[types], names with brackets included', () => {
    const m = { name: '营业执照副本（或电子营业执照）', required: false, fileTypes: ['pdf', 'jpg'] };
    expect(formatMaterial(m)).toBe('营业执照副本（或电子营业执照）(可选)[pdf/jpg]');
    expect(parseMaterial(formatMaterial(m))).toEqual(m);
    expect(parseMaterial('申请表（必需）[PDF、DOCX]')).toEqual({ name: '申请表', required: true, fileTypes: ['pdf', 'docx'] });
    expect(parseMaterial('申请表')).toBeUndefined();
    expect(splitList(' a ；b;；c ')).toEqual(['a', 'b', 'c']);
  });
});

describe('parseItemRow', () => {
  it('resolves labels, departments (name, short name or code) and resource codes', () => {
    const p = parseItemRow({ row: 2, cells: cells() }, lookups);
    expect(p.rejects).toEqual([]);
    expect(p.data).toMatchObject({
      code: 'KJ-001',
      category: 'project',
      leadDepartmentId: '00000000-0000-4000-8000-0000000000a1',
      coDepartmentIds: ['00000000-0000-4000-8000-0000000000a2'],
      promisedDays: 20,
      channels: ['online', 'desk'],
      conditions: ['条件一', '条件二'],
      relatedResourceIds: ['00000000-0000-4000-8000-000000000001'],
    });
    expect(p.data!.materials).toHaveLength(2);
  });

  it('reports every problem of a row, by column, in both languages', () => {
    const p = parseItemRow({ row: 7, cells: cells({ 事项类别: '航天', 牵头部门: '', 协办部门: '不存在局', '承诺时限（工作日）': '0', 办理渠道: '邮寄', 申请材料: '申请表', 关联资源编码: 'ZY-9999' }) }, lookups);
    expect(p.data).toBeUndefined();
    expect(p.rejects.map((r) => r.column).sort()).toEqual(['事项类别', '关联资源编码', '办理渠道', '协办部门', '牵头部门', '承诺时限（工作日）', '申请材料'].sort());
    for (const r of p.rejects) {
      expect(r.row).toBe(7);
      expect(r.reasonZh).toBeTruthy();
      expect(r.reasonEn).toBeTruthy();
    }
  });

  it('checks the rest with the API schema (code format, name length), mapped to columns', () => {
    const p = parseItemRow({ row: 3, cells: cells({ 事项编码: 'KJ 001!', 事项名称: '短' }) }, lookups);
    expect(p.rejects.map((r) => r.column).sort()).toEqual(['事项名称', '事项编码']);
  });

  it('rejects every row of a duplicated code', () => {
    const rows = [2, 3, 4].map((row, i) => ({ row, cells: { 事项编码: i === 1 ? 'B' : 'A' } }));
    expect([...duplicateCodeRejects(rows, '事项编码').keys()]).toEqual([2, 4]);
  });
});

describe('workbooks', () => {
  it('reads back what it writes', async () => {
    const buf = await buildItemWorkbook([
      { code: 'KJ-001', name: '事项', category: 'ip', leadDepartment: '科技局', coDepartments: ['经信局'], promisedDays: 5, channels: ['desk'], conditions: ['甲', '乙'], materials: [{ name: '表', required: true, fileTypes: ['pdf'] }], legalBasis: '', description: '', relatedResources: [], status: 'in_force', version: 3 },
    ]);
    const sheet = await readSheet(buf, ITEM_COLUMNS);
    expect(sheet.rows).toEqual([{ row: 2, cells: expect.objectContaining({ 事项编码: 'KJ-001', 事项类别: '知识产权', 受理条件: '甲；乙', 申请材料: '表(必需)[pdf]', 状态: '有效', 版本: '3' }) }]);
  });

  it('refuses a file that is not an xlsx or lacks required columns', async () => {
    await expect(readSheet(Buffer.from('hello'), ITEM_COLUMNS)).rejects.toMatchObject({ code: 'catalogue.import_file_invalid' });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['事项编码']);
    await expect(readSheet(Buffer.from(await wb.xlsx.writeBuffer()), ITEM_COLUMNS)).rejects.toMatchObject({ code: 'catalogue.import_file_invalid', detail: expect.stringContaining('事项名称') });
  });
});
