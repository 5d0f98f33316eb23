import type { CaseStatus, CaseSummary, SlaState } from '@yunju/contracts';
import { newSheet, workbookBuffer } from '../../platform/excel.ts';

const statusZh: Record<CaseStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  in_progress: '办理中',
  supplement_requested: '待补正',
  resolved: '已办结',
  rated: '已评价',
  closed: '已归档',
  rejected: '不予受理',
};
const slaZh: Record<SlaState, string> = { normal: '正常', due_soon: '即将到期', overdue: '已超期', paused: '暂停计时', done: '已完结' };
const kindZh = { item: '服务事项', request: '自由诉求', resource: '资源申请' } as const;
const channelZh = { online: '网上申请', desk: '窗口受理' } as const;

/** The case list as an .xlsx workbook (one sheet, Chinese headers, one row per case). */
export async function buildCaseWorkbook(items: CaseSummary[], total: number): Promise<Buffer> {
  const { wb, ws } = newSheet(
    '诉求清单',
    [
      { header: '编号', key: 'number', width: 16 },
      { header: '标题', key: 'title', width: 36 },
      { header: '类型', key: 'kind', width: 10 },
      { header: '企业', key: 'enterpriseName', width: 28 },
      { header: '牵头部门', key: 'leadDepartmentName', width: 24 },
      { header: '渠道', key: 'channel', width: 10 },
      { header: '状态', key: 'status', width: 10 },
      { header: '时限状态', key: 'sla', width: 10 },
      { header: '提交日期', key: 'submittedOn', width: 12 },
      { header: '办结期限', key: 'dueOn', width: 12 },
      { header: '剩余工作日', key: 'workingDaysLeft', width: 10 },
      { header: '承办人', key: 'assigneeName', width: 12 },
      { header: '督办', key: 'escalated', width: 8 },
    ],
    { frozenHeader: false, stampCreated: true },
  );
  for (const c of items) {
    ws.addRow({
      number: c.number,
      title: c.title,
      kind: kindZh[c.kind],
      enterpriseName: c.enterpriseName,
      leadDepartmentName: c.leadDepartmentName,
      channel: channelZh[c.channel],
      status: statusZh[c.status],
      sla: slaZh[c.slaState],
      submittedOn: c.submittedOn,
      dueOn: c.dueOn,
      workingDaysLeft: c.workingDaysLeft,
      assigneeName: c.assigneeName ?? '',
      escalated: c.escalatedAt ? '是' : '',
    });
  }
  if (total > items.length) ws.addRow({ number: `（共 ${total} 条，仅导出前 ${items.length} 条，请缩小筛选范围）` });
  return workbookBuffer(wb);
}
