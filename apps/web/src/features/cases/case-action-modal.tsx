import { useQuery } from '@tanstack/react-query';
import type { CaseAction, CaseDetail } from '@yunju/contracts';
import { attachmentExtensionCodes } from '@yunju/contracts/case-codes';
import { Alert, App, Flex, Form, Input, Modal, Rate, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { bodyPath, toFormFieldErrors } from '../../components/field-errors.ts';
import { formatDate } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { catalogueSearchQuery } from '../catalogue/catalogue-api.ts';
import { completableTasks, requestedMaterials, supplementRequestNote } from './case-events.ts';
import { dangerActions, ratingNeedsReason } from './case-model.ts';
import { departmentsQuery, performAction } from './cases-api.ts';
import { MaterialSlot, type MaterialSlotSpec, type SlotFile } from './material-slot.tsx';

/** Form values of every action modal (each shows the fields its action needs). */
interface ActionValues {
  note?: string;
  reason?: string;
  resultNote?: string;
  departmentId?: string;
  userId?: string;
  taskId?: string;
  itemId?: string;
  level?: number;
  comment?: string;
  materials?: string[];
}

const REOPEN_DAYS = 15;

interface Props {
  detail: CaseDetail;
  action: CaseAction | null;
  /** Preselected task for complete_task (from the task list). */
  taskId?: string | null;
  /** The service item's material names (request_supplement offers them). */
  itemMaterials?: readonly string[];
  onClose: () => void;
}

const trimmed = (v: string | undefined) => {
  const s = v?.trim();
  return s ? s : undefined;
};

/** One modal for every case action: the input the action needs, the server's field errors inline. */
export function CaseActionModal({ detail, action, taskId, itemMaterials = [], onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [form] = Form.useForm<ActionValues>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [files, setFiles] = useState<Record<string, SlotFile[]>>({});
  const [itemKeyword, setItemKeyword] = useState('');
  const needsDepartments = action === 'transfer' || action === 'add_co_handler' || action === 'triage';
  const departments = useQuery({ ...departmentsQuery, enabled: needsDepartments });
  const itemSearch = useQuery({ ...catalogueSearchQuery({ q: itemKeyword.trim(), type: 'item', pageSize: 20 }), enabled: action === 'triage' && itemKeyword.trim().length > 0 });
  const level = Form.useWatch('level', form);
  const tasks = completableTasks(detail.tasks);
  const requested = requestedMaterials(detail.events);
  const slots: MaterialSlotSpec[] = [
    ...requested.map((name, i) => ({ key: `r${i}`, name, required: true, fileTypes: attachmentExtensionCodes })),
    { key: 'free', name: null, required: false, fileTypes: attachmentExtensionCodes },
  ];

  useEffect(() => {
    if (action) {
      form.resetFields();
      if (action === 'complete_task') form.setFieldsValue({ taskId: taskId ?? tasks[0]?.id });
      setProblems([]);
      setFiles({});
    }
    // Reset only when a modal opens (not when the case refreshes behind it).
  }, [action, taskId]);

  if (!action) return null;

  const openCoDepartments = new Set(detail.tasks.filter((x) => x.kind === 'co_handling' && x.status === 'open').map((x) => x.departmentId));
  const departmentOptions = (departments.data ?? [])
    .filter((d) => d.id !== detail.leadDepartmentId && !(action === 'add_co_handler' && openCoDepartments.has(d.id)))
    .map((d) => ({ value: d.id, label: d.name }));
  const triageOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));

  const bodyOf = (v: ActionValues): Record<string, unknown> | null => {
    switch (action) {
      case 'accept':
      case 'start':
      case 'close':
        return { note: trimmed(v.note) };
      case 'reject':
      case 'reopen':
        return { reason: v.reason?.trim() };
      case 'request_supplement':
        return { note: v.note?.trim(), ...(v.materials?.length ? { materials: v.materials } : {}) };
      case 'supplement': {
        const missing = slots.filter((s) => s.required && !(files[s.key] ?? []).some((f) => f.status === 'done'));
        if (missing.length) {
          setProblems([t('cases.wizard.missingRequired', { names: missing.map((s) => s.name).join(t('common.listSeparator')) })]);
          return null;
        }
        if (Object.values(files).some((l) => l.some((f) => f.status === 'uploading'))) {
          setProblems([t('cases.wizard.stillUploading')]);
          return null;
        }
        const materials = slots.flatMap((s) =>
          (files[s.key] ?? []).flatMap((f) => (f.status === 'done' && f.response ? [{ name: (s.name ?? f.name).slice(0, 200), attachmentId: f.response.id }] : [])),
        );
        return { note: trimmed(v.note), materials };
      }
      case 'transfer':
        return { departmentId: v.departmentId, reason: v.reason?.trim() };
      case 'add_co_handler':
        return { departmentId: v.departmentId, note: trimmed(v.note) };
      case 'complete_task':
        return { taskId: v.taskId, resultNote: v.resultNote?.trim() };
      case 'resolve':
        return { note: v.note?.trim() };
      case 'rate':
        return { level: v.level, comment: trimmed(v.comment), reason: trimmed(v.reason) };
      case 'triage':
        return { departmentId: v.departmentId, ...(v.itemId ? { itemId: v.itemId } : {}), note: trimmed(v.note) };
      case 'assign':
        return { userId: v.userId, note: trimmed(v.note) };
    }
  };

  const submit = async (values: ActionValues) => {
    const body = bodyOf(values);
    if (!body) return;
    setBusy(true);
    setProblems([]);
    try {
      // Each action's body is built for it above; the server validates it again.
      await performAction(detail.id, action, body as never);
      void message.success(t('cases.action.done', { action: labelOf('cases.action', action) }));
      onClose();
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        const { fields, unmatched } = toFormFieldErrors(error.fieldErrors, i18n.language, bodyPath);
        const known = new Set(['note', 'reason', 'resultNote', 'departmentId', 'userId', 'taskId', 'itemId', 'level', 'comment', 'materials']);
        form.setFields(fields.filter((f) => known.has(String(f.name[0])) && f.name.length === 1) as never);
        const placed = new Set(fields.filter((f) => known.has(String(f.name[0])) && f.name.length === 1).map((f) => String(f.name[0])));
        setProblems([messageOf(error), ...unmatched, ...fields.filter((f) => !placed.has(String(f.name[0])) || f.name.length > 1).flatMap((f) => f.errors)]);
      } else {
        setProblems([messageOf(error)]);
      }
    } finally {
      setBusy(false);
    }
  };

  const required = (text: string) => [{ required: true, whitespace: true, message: text }];
  const danger = dangerActions.includes(action);
  const resolvedOn = detail.resolvedAt ? dayjs(detail.resolvedAt) : null;

  const fields = (() => {
    switch (action) {
      case 'accept':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('cases.actionHint.accept', { date: formatDate(detail.dueOn) })}</Typography.Paragraph>
            <Form.Item label={t('cases.form.noteOptional')} name="note" rules={[{ max: 2000 }]}>
              <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </>
        );
      case 'start':
      case 'close':
        return (
          <>
            {action === 'close' ? <Typography.Paragraph type="secondary">{t('cases.actionHint.close')}</Typography.Paragraph> : null}
            <Form.Item label={t('cases.form.noteOptional')} name="note" rules={[{ max: 2000 }]}>
              <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </>
        );
      case 'reject':
        return (
          <>
            <Alert type="warning" showIcon className="case-gap" title={t('cases.actionHint.reject')} />
            <Form.Item label={t('cases.form.rejectReason')} name="reason" rules={required(t('cases.form.reasonRequired'))}>
              <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
            </Form.Item>
          </>
        );
      case 'reopen':
        return (
          <>
            <Typography.Paragraph type="secondary">
              {t('cases.actionHint.reopen', { date: resolvedOn ? formatDate(resolvedOn.add(REOPEN_DAYS, 'day').toDate()) : '' })}
            </Typography.Paragraph>
            <Form.Item label={t('cases.form.reopenReason')} name="reason" rules={required(t('cases.form.reasonRequired'))}>
              <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
            </Form.Item>
          </>
        );
      case 'request_supplement':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('cases.actionHint.requestSupplement')}</Typography.Paragraph>
            <Form.Item label={t('cases.form.supplementNote')} name="note" rules={required(t('cases.form.supplementNoteRequired'))}>
              <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount placeholder={t('cases.form.supplementNotePlaceholder')} />
            </Form.Item>
            <Form.Item label={t('cases.form.supplementMaterials')} name="materials" extra={t('cases.form.supplementMaterialsExtra')}>
              <Select mode="tags" maxCount={50} options={itemMaterials.map((m) => ({ value: m, label: m }))} placeholder={t('cases.form.supplementMaterialsPlaceholder')} />
            </Form.Item>
          </>
        );
      case 'supplement': {
        const note = supplementRequestNote(detail.events);
        return (
          <>
            {note ? <Alert type="warning" showIcon className="case-gap" title={t('cases.form.supplementAsked')} description={note} /> : null}
            <Flex vertical gap={12} className="case-gap">
              {slots.map((slot) => (
                <MaterialSlot
                  key={slot.key}
                  slot={slot}
                  label={t('cases.form.otherFiles')}
                  files={files[slot.key] ?? []}
                  onChange={(list) => setFiles((f) => ({ ...f, [slot.key]: list }))}
                  errors={[]}
                />
              ))}
            </Flex>
            <Form.Item label={t('cases.form.supplementReply')} name="note" rules={[{ max: 2000 }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </>
        );
      }
      case 'transfer':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('cases.actionHint.transfer')}</Typography.Paragraph>
            <Form.Item label={t('cases.form.toDepartment')} name="departmentId" rules={[{ required: true, message: t('cases.form.departmentRequired') }]}>
              <Select autoFocus showSearch={{ optionFilterProp: 'label' }} loading={departments.isPending} options={departmentOptions} placeholder={t('cases.form.departmentPlaceholder')} />
            </Form.Item>
            <Form.Item label={t('cases.form.transferReason')} name="reason" rules={required(t('cases.form.reasonRequired'))}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
            </Form.Item>
          </>
        );
      case 'add_co_handler':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('cases.actionHint.addCoHandler')}</Typography.Paragraph>
            <Form.Item label={t('cases.form.coDepartment')} name="departmentId" rules={[{ required: true, message: t('cases.form.departmentRequired') }]}>
              <Select autoFocus showSearch={{ optionFilterProp: 'label' }} loading={departments.isPending} options={departmentOptions} placeholder={t('cases.form.departmentPlaceholder')} />
            </Form.Item>
            <Form.Item label={t('cases.form.coNote')} name="note" rules={[{ max: 2000 }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t('cases.form.coNotePlaceholder')} />
            </Form.Item>
          </>
        );
      case 'complete_task':
        return (
          <>
            <Form.Item label={t('cases.form.task')} name="taskId" rules={[{ required: true, message: t('cases.form.taskRequired') }]} hidden={tasks.length <= 1}>
              <Select
                options={tasks.map((x) => ({ value: x.id, label: `${labelOf('cases.taskKind', x.kind)} · ${x.departmentName}${x.note ? ` · ${x.note}` : ''}` }))}
              />
            </Form.Item>
            {tasks.length === 1 && tasks[0]?.note ? <Alert type="info" showIcon className="case-gap" title={t('cases.form.taskAsked')} description={tasks[0].note} /> : null}
            <Form.Item label={t('cases.form.resultNote')} name="resultNote" rules={required(t('cases.form.resultNoteRequired'))}>
              <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
            </Form.Item>
          </>
        );
      case 'resolve':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('cases.actionHint.resolve')}</Typography.Paragraph>
            <Form.Item label={t('cases.form.resolveNote')} name="note" rules={required(t('cases.form.resolveNoteRequired'))}>
              <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
            </Form.Item>
          </>
        );
      case 'rate':
        return (
          <>
            <Form.Item label={t('cases.form.level')} name="level" rules={[{ required: true, message: t('cases.form.levelRequired') }]}>
              <Rate autoFocus tooltips={[1, 2, 3, 4, 5].map((n) => labelOf('cases.rating', String(n)))} />
            </Form.Item>
            {typeof level === 'number' ? <div className="case-rate-label">{labelOf('cases.rating', String(level))}</div> : null}
            {ratingNeedsReason(level) ? (
              <Form.Item label={t('cases.form.badReason')} name="reason" rules={required(t('cases.form.badReasonRequired'))} extra={t('cases.form.badReasonExtra')}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
              </Form.Item>
            ) : null}
            <Form.Item label={t('cases.form.comment')} name="comment" rules={[{ max: 2000 }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </>
        );
      case 'triage':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('cases.actionHint.triage')}</Typography.Paragraph>
            <Form.Item label={t('cases.form.leadDepartment')} name="departmentId" rules={[{ required: true, message: t('cases.form.departmentRequired') }]}>
              <Select autoFocus showSearch={{ optionFilterProp: 'label' }} loading={departments.isPending} options={triageOptions} placeholder={t('cases.form.departmentPlaceholder')} />
            </Form.Item>
            <Form.Item label={t('cases.form.item')} name="itemId" extra={t('cases.form.itemExtra')}>
              <Select
                allowClear
                showSearch={{ filterOption: false, onSearch: setItemKeyword }}
                loading={itemSearch.isFetching}
                options={(itemSearch.data?.items ?? []).map((hit) => ({ value: hit.id, label: `${hit.name}（${hit.code} · ${hit.departmentName}）` }))}
                placeholder={t('cases.form.itemPlaceholder')}
              />
            </Form.Item>
            <Form.Item label={t('cases.form.noteOptional')} name="note" rules={[{ max: 2000 }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </>
        );
      case 'assign':
        return (
          <>
            <Form.Item label={t('cases.form.assignee')} name="userId" rules={[{ required: true, message: t('cases.form.assigneeRequired') }]}>
              <Select
                autoFocus
                showSearch={{ optionFilterProp: 'label' }}
                options={detail.assignableUsers.map((u) => ({ value: u.id, label: u.displayName }))}
                placeholder={t('cases.form.assigneePlaceholder')}
              />
            </Form.Item>
            <Form.Item label={t('cases.form.noteOptional')} name="note" rules={[{ max: 2000 }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </>
        );
    }
  })();

  return (
    <Modal
      open
      title={t(`cases.actionTitle.${action}`, { number: detail.number })}
      okText={labelOf('cases.action', action)}
      okButtonProps={{ loading: busy, danger }}
      cancelText={t('cases.action.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={action === 'supplement' ? 640 : 520}
    >
      <Form<ActionValues> form={form} layout="vertical" name={`case-action-${action}`} onFinish={(v) => void submit(v)}>
        {fields}
      </Form>
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={problems[0]}
          description={problems.length > 1 ? problems.slice(1).map((p, i) => <div key={i}>{p}</div>) : undefined}
        />
      ) : null}
    </Modal>
  );
}
