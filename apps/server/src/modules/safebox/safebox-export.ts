import type { DepositSummary, SafeboxCategory } from '@yunju/contracts';
import { newSheet, workbookBuffer } from '../../platform/excel.ts';

const categoryZh: Record<SafeboxCategory, string> = { technical: '技术信息', business: '经营信息', source_code: '源代码', design: '设计图纸', formula: '配方工艺', other: '其他' };
const notarisationZh = { requested: '待公证', countersigned: '已公证', rejected: '未予公证' } as const;
const beijing = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);

/** The enterprise's deposits as an .xlsx workbook (Chinese headers, Beijing time). */
export async function buildDepositWorkbook(items: DepositSummary[], total: number): Promise<Buffer> {
  const { wb, ws } = newSheet(
    '存证清单',
    [
      { header: '日志序号', key: 'index', width: 10 },
      { header: '存证名称', key: 'title', width: 36 },
      { header: '类别', key: 'category', width: 10 },
      { header: '文件名', key: 'fileName', width: 28 },
      { header: '文件大小（字节）', key: 'fileSize', width: 14 },
      { header: '文件 SHA-256', key: 'sha256', width: 66 },
      { header: '存证时间（北京时间）', key: 'depositedAt', width: 20 },
      { header: '已入检查点', key: 'sequenced', width: 10 },
      { header: '公证状态', key: 'notarisation', width: 10 },
    ],
    { frozenHeader: false, stampCreated: true },
  );
  for (const d of items) {
    ws.addRow({
      index: d.index,
      title: d.title,
      category: d.category ? categoryZh[d.category] : '',
      fileName: d.fileName ?? '',
      fileSize: d.fileSize ?? '',
      sha256: d.sha256,
      depositedAt: beijing(d.depositedAt),
      sequenced: d.sequenced ? '是' : '否',
      notarisation: d.notarisation ? notarisationZh[d.notarisation] : '未申请',
    });
  }
  if (total > items.length) ws.addRow({ title: `共 ${total} 条，仅导出前 ${items.length} 条` });
  return workbookBuffer(wb);
}
