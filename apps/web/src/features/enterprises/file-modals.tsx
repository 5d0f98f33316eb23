import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Contact, EnterpriseDetail, Qualification, QualificationKind, QualificationLevel, YearlyStats, YearlyStatsInput } from '@yunju/contracts';
import { Alert, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyPath, type FormPath } from '../../components/field-errors.ts';
import { qualificationKinds } from '../../components/qualification-kinds.ts';
import { labelOf } from '../../i18n/labels.ts';
import { useSaveErrors } from '../catalogue/use-save-errors.ts';
import { addCooperation, addQualification, saveContacts, saveStats, submitCorrection, updateQualification } from './enterprise-file-api.ts';
import { fenToWan, wanToFen } from './enterprise-model.ts';
import { useSave } from './use-save.ts';
import './enterprises.css';
import './locale.ts';

/** The statistics fields in their order on the form: money in 万元 (fen on the wire), the rest counts. */
export const moneyFields = ['revenueFen', 'rdSpendingFen', 'highTechRevenueFen', 'exportFen'] as const;
export const countFields = ['employees', 'rdStaff', 'techStaff', 'inventionApplied', 'inventionGranted', 'utilityApplied', 'utilityGranted', 'validInventionPatents'] as const;
type StatsField = (typeof moneyFields)[number] | (typeof countFields)[number];

function ErrorsAlert({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return <Alert type="error" showIcon role="alert" className="form-alert" title={problems[0]} description={problems.slice(1).join('；') || undefined} />;
}

function FormModal({ title, open, saving, onOk, onCancel, children, width = 640 }: { title: string; open: boolean; saving: boolean; onOk: () => void; onCancel: () => void; children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={title} okText={t('enterprise.form.save')} cancelText={t('enterprise.form.cancel')} confirmLoading={saving} onOk={onOk} onCancel={onCancel} width={width} destroyOnHidden maskClosable={!saving}>
      {children}
    </Modal>
  );
}

type StatsValues = Record<StatsField, number | null> & { year: number; note?: string };

/**
 * One year's statistics. An officer saves them directly; the enterprise submits a correction that
 * waits for an officer's confirmation.
 */
export function StatsModal({ enterprise, stats, mode, onClose }: { enterprise: EnterpriseDetail; stats: YearlyStats | null; mode: 'officer' | 'correct'; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StatsValues>();
  const errors = useSaveErrors((path) => {
    const p = path.replace(/^stats\./, '');
    return p === 'year' || (moneyFields as readonly string[]).includes(p) || (countFields as readonly string[]).includes(p) ? [p] : null;
  });
  const { saving, save } = useSave(form, errors);
  const initial: Partial<StatsValues> = stats
    ? { year: stats.year, ...Object.fromEntries(moneyFields.map((f) => [f, fenToWan(stats[f])])), ...Object.fromEntries(countFields.map((f) => [f, stats[f]])) }
    : { year: dayjs().year() - 1 };

  const submit = async (v: StatsValues) => {
    const body = {
      ...Object.fromEntries(moneyFields.map((f) => [f, wanToFen(v[f])])),
      ...Object.fromEntries(countFields.map((f) => [f, v[f] ?? 0])),
    } as YearlyStatsInput;
    if (mode === 'officer') await save(() => saveStats(enterprise.id, v.year, body), t('enterprise.stats.saved'), onClose);
    else await save(() => submitCorrection(enterprise.id, { kind: 'stats', year: v.year, stats: body, ...(v.note?.trim() ? { note: v.note.trim() } : {}) }), t('enterprise.stats.submitted'), onClose);
  };

  return (
    <FormModal
      open
      width={760}
      title={mode === 'officer' ? t('enterprise.stats.editTitle') : t('enterprise.stats.correctTitle')}
      saving={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {mode === 'correct' ? <Alert type="info" showIcon title={t('enterprise.stats.correctHint')} className="form-alert" /> : null}
      <ErrorsAlert problems={errors.problems} />
      <Form<StatsValues> form={form} layout="vertical" name="stats-form" initialValues={initial} onFinish={(v) => void submit(v)}>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="year" label={t('enterprise.stats.year')} rules={[{ required: true, message: t('enterprise.form.required') }]}>
              <InputNumber min={2000} max={2100} precision={0} disabled={Boolean(stats)} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          {moneyFields.map((f) => (
            <Col key={f} xs={24} sm={12}>
              <Form.Item name={f} label={t(`enterprise.stats.fields.${f}`)} rules={[{ required: true, message: t('enterprise.form.required') }]}>
                <InputNumber min={0} precision={2} style={{ width: '100%' }} suffix={t('enterprise.stats.wan')} />
              </Form.Item>
            </Col>
          ))}
          {countFields.map((f) => (
            <Col key={f} xs={12} sm={8}>
              <Form.Item name={f} label={t(`enterprise.stats.fields.${f}`)} rules={[{ required: true, message: t('enterprise.form.required') }]}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {mode === 'correct' ? (
          <Form.Item name="note" label={t('enterprise.stats.note')}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}

interface QualificationValues {
  kind: QualificationKind;
  level: QualificationLevel;
  certificateNo: string;
  issuedOn: Dayjs;
  expiresOn: Dayjs | null;
}
export const qualificationLevels: readonly QualificationLevel[] = ['national', 'provincial', 'city', 'county'];

export function QualificationModal({ enterpriseId, qualification, onClose }: { enterpriseId: string; qualification: Qualification | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<QualificationValues>();
  const errors = useSaveErrors((path): FormPath | null => (['kind', 'level', 'certificateNo', 'issuedOn', 'expiresOn'].includes(path) ? [path] : null));
  const { saving, save } = useSave(form, errors);
  const submit = (v: QualificationValues) => {
    const body = { kind: v.kind, level: v.level, certificateNo: v.certificateNo.trim(), issuedOn: v.issuedOn.format('YYYY-MM-DD'), expiresOn: v.expiresOn ? v.expiresOn.format('YYYY-MM-DD') : null };
    return save(() => (qualification ? updateQualification(enterpriseId, qualification.id, body) : addQualification(enterpriseId, body)), t('enterprise.form.saved'), onClose);
  };
  const required = { required: true, message: t('enterprise.form.required') };
  return (
    <FormModal open title={qualification ? t('enterprise.qual.editTitle') : t('enterprise.qual.addTitle')} saving={saving} onOk={() => form.submit()} onCancel={onClose}>
      <ErrorsAlert problems={errors.problems} />
      <Form<QualificationValues>
        form={form}
        layout="vertical"
        name="qualification-form"
        initialValues={
          qualification
            ? { ...qualification, issuedOn: dayjs(qualification.issuedOn), expiresOn: qualification.expiresOn ? dayjs(qualification.expiresOn) : null }
            : { level: 'national', expiresOn: null }
        }
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={16}>
          <Col xs={24} sm={14}>
            <Form.Item name="kind" label={t('enterprise.qual.kind')} rules={[required]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={qualificationKinds.map((k) => ({ value: k, label: labelOf('qualification', k) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="level" label={t('enterprise.qual.level')} rules={[required]}>
              <Select options={qualificationLevels.map((l) => ({ value: l, label: t(`enterprise.levels.${l}`) }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="certificateNo" label={t('enterprise.qual.certificateNo')} rules={[required]}>
              <Input maxLength={60} className="mono" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="issuedOn" label={t('enterprise.qual.issuedOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="expiresOn" label={t('enterprise.qual.expiresOn')} extra={t('enterprise.qual.expiresHint')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}

interface CooperationValues {
  partner: string;
  partnerKind: 'university' | 'institute' | 'other';
  project: string;
  startYear: number;
  endYear: number;
  amountWan: number | null;
}

export function CooperationModal({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CooperationValues>();
  const errors = useSaveErrors((path): FormPath | null => (path === 'amountFen' ? ['amountWan'] : ['partner', 'partnerKind', 'project', 'startYear', 'endYear'].includes(path) ? [path] : null));
  const { saving, save } = useSave(form, errors);
  const submit = (v: CooperationValues) =>
    save(
      () =>
        addCooperation(enterpriseId, {
          partner: v.partner.trim(),
          partnerKind: v.partnerKind,
          project: v.project.trim(),
          startYear: v.startYear,
          endYear: v.endYear,
          amountFen: v.amountWan === null || v.amountWan === undefined ? null : wanToFen(v.amountWan),
        }),
      t('enterprise.form.saved'),
      onClose,
    );
  const required = { required: true, message: t('enterprise.form.required') };
  const year = dayjs().year();
  return (
    <FormModal open title={t('enterprise.iur.addTitle')} saving={saving} onOk={() => form.submit()} onCancel={onClose}>
      <ErrorsAlert problems={errors.problems} />
      <Form<CooperationValues> form={form} layout="vertical" name="cooperation-form" initialValues={{ partnerKind: 'university', startYear: year, endYear: year, amountWan: null }} onFinish={(v) => void submit(v)}>
        <Row gutter={16}>
          <Col xs={24} sm={16}>
            <Form.Item name="partner" label={t('enterprise.iur.partner')} rules={[required]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="partnerKind" label={t('enterprise.iur.partnerKind')} rules={[required]}>
              <Select options={(['university', 'institute', 'other'] as const).map((k) => ({ value: k, label: t(`enterprise.iur.kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="project" label={t('enterprise.iur.project')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="startYear" label={t('enterprise.iur.startYear')} rules={[required]}>
              <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="endYear" label={t('enterprise.iur.endYear')} rules={[required]}>
              <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="amountWan" label={t('enterprise.iur.amount')}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} suffix={t('enterprise.stats.wan')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}

/** The contacts: an officer saves them; the enterprise's own change applies at once (a profile correction). */
export function ContactsModal({ enterprise, mode, onClose }: { enterprise: EnterpriseDetail; mode: 'officer' | 'correct'; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ contacts: Contact[] }>();
  const errors = useSaveErrors(bodyPath);
  const { saving, save } = useSave(form, errors);
  const submit = (v: { contacts?: Contact[] }) => {
    const contacts = (v.contacts ?? []).map((c) => ({ name: c.name.trim(), role: (c.role ?? '').trim(), phone: c.phone.trim(), email: c.email?.trim() ? c.email.trim() : null }));
    return save(() => (mode === 'officer' ? saveContacts(enterprise.id, { contacts }) : submitCorrection(enterprise.id, { kind: 'profile', contacts })), t('enterprise.form.saved'), onClose);
  };
  const required = { required: true, message: t('enterprise.form.required') };
  return (
    <FormModal open width={820} title={t('enterprise.contacts.editTitle')} saving={saving} onOk={() => form.submit()} onCancel={onClose}>
      <ErrorsAlert problems={errors.problems} />
      <Form form={form} layout="vertical" name="contacts-form" initialValues={{ contacts: enterprise.contacts }} onFinish={(v) => void submit(v)}>
        <Form.List name="contacts">
          {(items, { add, remove }) => (
            <Flex vertical gap={8}>
              {items.map((item) => (
                <Row key={item.key} gutter={8} align="bottom">
                  <Col xs={12} sm={5}>
                    <Form.Item name={[item.name, 'name']} label={t('enterprise.contacts.name')} rules={[required]}>
                      <Input maxLength={30} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={5}>
                    <Form.Item name={[item.name, 'role']} label={t('enterprise.contacts.role')}>
                      <Input maxLength={30} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6}>
                    <Form.Item name={[item.name, 'phone']} label={t('enterprise.contacts.phone')} rules={[required]}>
                      <Input maxLength={20} inputMode="tel" />
                    </Form.Item>
                  </Col>
                  <Col xs={10} sm={6}>
                    <Form.Item name={[item.name, 'email']} label={t('enterprise.contacts.email')}>
                      <Input maxLength={100} inputMode="email" />
                    </Form.Item>
                  </Col>
                  <Col xs={2} sm={2}>
                    <Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('enterprise.contacts.remove')} onClick={() => remove(item.name)} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', role: '', phone: '', email: null })} disabled={items.length >= 20}>
                {t('enterprise.contacts.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
