import { UploadOutlined } from '@ant-design/icons';
import type { EngagementAction, EngagementDetail, UploadedAttachment } from '@yunju/contracts';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { bodyPath, toFormFieldErrors } from '../../components/field-errors.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { uploadAttachment } from '../cases/upload.ts';
import { performEngagementAction } from './matching-api.ts';
import { dangerEngagementActions } from './matching-model.ts';

interface Values {
  note?: string;
  reason?: string;
  on?: Dayjs;
  place?: string;
  title?: string;
  parties?: string[];
  amountYuan?: number;
  signedOn?: Dayjs;
  period?: [Dayjs, Dayjs];
  startOn?: Dayjs;
}

const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');
const trimmed = (v: string | undefined) => v?.trim() ?? '';

/** The form fields the server names, as this form names them. */
function formPath(path: string): (string | number)[] | null {
  if (path === 'startOn' || path === 'endOn') return ['period'];
  return bodyPath(path);
}

/** One modal for every brokerage step: the input the step needs, the server's field errors inline. */
export function EngagementActionModal({ engagement, action, onClose }: { engagement: EngagementDetail; action: EngagementAction | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [contract, setContract] = useState<UploadedAttachment | null>(null);
  const [uploading, setUploading] = useState(false);

  useEffect(() => {
    if (action) {
      form.resetFields();
      setProblems([]);
      setContract(null);
      if (action === 'agree') form.setFieldsValue({ title: engagement.demandTitle, parties: [engagement.enterpriseName, engagement.candidateName] });
    }
    // Reset only when a modal opens (not when the engagement refreshes behind it).
  }, [action]);

  if (!action) return null;

  const bodyOf = (v: Values): Record<string, unknown> => {
    switch (action) {
      case 'request_contact':
      case 'consent':
      case 'solve':
        return { note: trimmed(v.note) };
      case 'decline':
      case 'cancel':
        return { reason: trimmed(v.reason) };
      case 'meet':
      case 'interview':
        return { on: day(v.on), place: trimmed(v.place), note: trimmed(v.note) };
      case 'agree':
        return {
          title: trimmed(v.title),
          parties: (v.parties ?? []).map((p) => p.trim()).filter(Boolean),
          amountYuan: v.amountYuan,
          signedOn: day(v.signedOn),
          startOn: day(v.period?.[0]),
          endOn: day(v.period?.[1]),
          contractAttachmentId: contract?.id ?? null,
          note: trimmed(v.note),
        };
      case 'hire':
        return { startOn: day(v.startOn), note: trimmed(v.note) };
    }
  };

  const submit = async (values: Values) => {
    if (uploading) {
      setProblems([t('matching.action.uploading')]);
      return;
    }
    setBusy(true);
    setProblems([]);
    try {
      // Each step's body is built for it above; the server validates it again.
      await performEngagementAction(engagement.id, action, bodyOf(values) as never);
      void message.success(t('matching.action.done', { action: labelOf('matching.engagementAction', action) }));
      onClose();
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        const { fields, unmatched } = toFormFieldErrors(error.fieldErrors, i18n.language, formPath);
        const known = new Set(['note', 'reason', 'on', 'place', 'title', 'parties', 'amountYuan', 'signedOn', 'period', 'startOn']);
        const placed = fields.filter((f) => known.has(String(f.name[0])));
        form.setFields(placed.map((f) => ({ name: [f.name[0] as string], errors: f.errors })) as never);
        setProblems([messageOf(error), ...unmatched, ...fields.filter((f) => !known.has(String(f.name[0]))).flatMap((f) => f.errors)]);
      } else {
        setProblems([messageOf(error)]);
      }
    } finally {
      setBusy(false);
    }
  };

  const required = (text: string) => [{ required: true, message: text }];
  const requiredText = (text: string) => [{ required: true, whitespace: true, min: 2, message: text }];
  const note = (label = t('matching.action.note')) => (
    <Form.Item label={label} name="note" rules={[{ max: 1000 }]}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
    </Form.Item>
  );

  const fields = (() => {
    switch (action) {
      case 'request_contact':
        return (
          <>
            <Typography.Paragraph type="secondary">{engagement.candidateKind === 'talent' ? t('matching.action.talentRequestContactHint') : t('matching.rec.requestContactHint')}</Typography.Paragraph>
            {note(t('matching.rec.requestMessage'))}
          </>
        );
      case 'consent':
        return (
          <>
            <Typography.Paragraph type="secondary">{engagement.candidateKind === 'talent' ? t('matching.action.talentConsentHint') : t('matching.action.consentHint')}</Typography.Paragraph>
            {note()}
          </>
        );
      case 'decline':
      case 'cancel':
        return (
          <>
            {action === 'cancel' ? <Typography.Paragraph type="secondary">{t('matching.action.cancelHint')}</Typography.Paragraph> : null}
            <Form.Item label={action === 'decline' ? t('matching.action.declineReason') : t('matching.action.cancelReason')} name="reason" rules={requiredText(t('matching.action.declineReasonRequired'))}>
              <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
            </Form.Item>
          </>
        );
      case 'meet':
      case 'interview':
        return (
          <>
            <Form.Item label={action === 'meet' ? t('matching.action.meetingAt') : t('matching.action.interviewAt')} name="on" rules={required(t('matching.action.meetingAtRequired'))}>
              <DatePicker className="full-width" />
            </Form.Item>
            <Form.Item label={t('matching.action.meetingPlace')} name="place" rules={requiredText(t('matching.action.meetingPlaceRequired'))}>
              <Input maxLength={200} />
            </Form.Item>
            {note(action === 'meet' ? t('matching.action.meetingNote') : t('matching.action.note'))}
          </>
        );
      case 'agree':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('matching.action.agreementHint')}</Typography.Paragraph>
            <Form.Item label={t('matching.action.projectName')} name="title" rules={[{ required: true, whitespace: true, min: 4, message: t('matching.action.projectNameRequired') }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              label={t('matching.action.parties')}
              name="parties"
              rules={[{ required: true, type: 'array', min: 2, message: t('matching.action.partiesRequired') }]}
            >
              <Select mode="tags" open={false} suffixIcon={null} placeholder={t('matching.action.partiesPlaceholder')} tokenSeparators={['，', ',', '；', ';']} />
            </Form.Item>
            <Form.Item label={t('matching.action.amount')} name="amountYuan" rules={required(t('matching.action.amountRequired'))}>
              <InputNumber<number>
                className="full-width"
                min={0}
                max={10_000_000_000}
                precision={0}
                formatter={(v) => `${v ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}
                parser={(v) => Number((v ?? '').replace(/[^\d]/g, ''))}
              />
            </Form.Item>
            <Form.Item label={t('matching.action.signedOn')} name="signedOn" rules={required(t('matching.action.signedOnRequired'))}>
              <DatePicker className="full-width" />
            </Form.Item>
            <Form.Item label={t('matching.action.period')} name="period" rules={required(t('matching.action.periodRequired'))}>
              <DatePicker.RangePicker className="full-width" placeholder={[t('matching.action.startOn'), t('matching.action.endOn')]} />
            </Form.Item>
            {can(user, 'attachment.upload') ? (
              <Form.Item label={t('matching.action.contractFile')} extra={t('matching.action.contractFileHint')}>
                <Upload
                  maxCount={1}
                  accept=".pdf,.jpg,.jpeg,.png,.doc,.docx"
                  customRequest={({ file, onSuccess, onError, onProgress }) => {
                    setUploading(true);
                    const blob = file as File;
                    uploadAttachment(blob, blob.name, { onProgress: (percent) => onProgress?.({ percent }) })
                      .then((uploaded) => {
                        setContract(uploaded);
                        onSuccess?.(uploaded);
                      })
                      .catch((error: unknown) => {
                        setProblems([messageOf(error)]);
                        onError?.(error instanceof Error ? error : new Error(String(error)));
                      })
                      .finally(() => setUploading(false));
                  }}
                  onRemove={() => setContract(null)}
                >
                  <Button icon={<UploadOutlined />}>{t('matching.action.chooseFile')}</Button>
                </Upload>
              </Form.Item>
            ) : null}
            {note()}
          </>
        );
      case 'solve':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('matching.action.solvedHint')}</Typography.Paragraph>
            {note(t('matching.action.solvedNote'))}
          </>
        );
      case 'hire':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('matching.action.hireHint')}</Typography.Paragraph>
            <Form.Item label={t('matching.action.hiredOn')} name="startOn" rules={required(t('matching.action.hiredOnRequired'))}>
              <DatePicker className="full-width" />
            </Form.Item>
            {note()}
          </>
        );
    }
  })();

  return (
    <Modal
      open
      title={`${labelOf('matching.engagementAction', action)} · ${engagement.candidateName}`}
      okText={labelOf('matching.engagementAction', action)}
      cancelText={t('matching.action.cancel')}
      okButtonProps={{ loading: busy, danger: dangerEngagementActions.includes(action) }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={action === 'agree' ? 640 : 520}
    >
      <Form form={form} layout="vertical" name={`engagement-${action}`} onFinish={(v) => void submit(v)}>
        {fields}
      </Form>
      {problems.length > 0 ? <Alert type="error" showIcon role="alert" title={problems[0]} description={problems.length > 1 ? problems.slice(1).join('；') : undefined} /> : null}
    </Modal>
  );
}
