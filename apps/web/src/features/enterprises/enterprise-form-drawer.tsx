import { useQuery } from '@tanstack/react-query';
import type { EnterpriseDetail, EnterpriseInput, EnterpriseSize, RdInstitutionLevel } from '@yunju/contracts';
import { normalizeUscc } from '@yunju/contracts/uscc';
import { Alert, App, Button, Col, DatePicker, Drawer, Flex, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { bodyPath } from '../../components/field-errors.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { labelOf } from '../../i18n/labels.ts';
import { useSaveErrors } from '../catalogue/use-save-errors.ts';
import { creditCodeProblem } from './credit-code.ts';
import { createEnterprise, updateEnterprise } from './enterprise-file-api.ts';
import { townsQuery } from './enterprises-api.ts';
import { IndustryPicker } from './industry-picker.tsx';
import './enterprises.css';
import './locale.ts';

export const enterpriseSizes: readonly EnterpriseSize[] = ['large', 'medium', 'small', 'micro'];
export const rdLevels: readonly RdInstitutionLevel[] = ['none', 'county', 'city', 'provincial', 'national'];

interface FormValues {
  creditCode: string;
  name: string;
  townId: string;
  address: string;
  industryCode: string;
  size: EnterpriseSize;
  isAboveScale: boolean;
  foundedOn: Dayjs | null;
  legalRepresentative: string;
  contactPhone: string;
  rdInstitutionLevel: RdInstitutionLevel;
  rdInstitutionName: string;
  rdInstitutionSince: number | null;
  changeNote: string;
}

const fields = new Set(['creditCode', 'name', 'townId', 'address', 'industryCode', 'size', 'isAboveScale', 'foundedOn', 'legalRepresentative', 'contactPhone', 'rdInstitutionLevel', 'rdInstitutionName', 'rdInstitutionSince', 'changeNote']);

function valuesOf(d: EnterpriseDetail): FormValues {
  return {
    creditCode: d.creditCode,
    name: d.name,
    townId: d.townId,
    address: d.address,
    industryCode: d.industryCode,
    size: d.size,
    isAboveScale: d.isAboveScale,
    foundedOn: d.foundedOn ? dayjs(d.foundedOn) : null,
    legalRepresentative: d.legalRepresentative ?? '',
    contactPhone: d.contactPhone ?? '',
    rdInstitutionLevel: d.rdInstitutionLevel,
    rdInstitutionName: d.rdInstitutionName ?? '',
    rdInstitutionSince: d.rdInstitutionSince,
    changeNote: '',
  };
}

const orNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** Create an enterprise file, or edit one (officers; every change audited). */
export function EnterpriseFormDrawer({ open, enterprise, onClose }: { open: boolean; enterprise?: EnterpriseDetail | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const [form] = Form.useForm<FormValues>();
  const towns = useQuery(townsQuery);
  const [saving, setSaving] = useState(false);
  const errors = useSaveErrors((path) => (fields.has(path.split('.')[0] ?? '') ? bodyPath(path) : null));
  const editing = Boolean(enterprise);
  const rdLevel = Form.useWatch('rdInstitutionLevel', form);

  useEffect(() => {
    if (!open) return;
    errors.clear();
    form.resetFields();
    if (enterprise) form.setFieldsValue(valuesOf(enterprise));
    else form.setFieldsValue({ size: 'small', isAboveScale: false, rdInstitutionLevel: 'none', foundedOn: null, rdInstitutionSince: null });
    // Reset when the drawer opens (not when `errors` changes identity on each render).
  }, [open, enterprise, form]);

  const submit = async (v: FormValues) => {
    setSaving(true);
    errors.clear();
    const body: Omit<EnterpriseInput, 'creditCode'> = {
      name: v.name.trim(),
      townId: v.townId,
      address: v.address.trim(),
      industryCode: v.industryCode,
      size: v.size,
      isAboveScale: v.isAboveScale,
      foundedOn: v.foundedOn ? v.foundedOn.format('YYYY-MM-DD') : null,
      legalRepresentative: orNull(v.legalRepresentative),
      contactPhone: orNull(v.contactPhone),
      rdInstitutionLevel: v.rdInstitutionLevel,
      rdInstitutionName: v.rdInstitutionLevel === 'none' ? null : orNull(v.rdInstitutionName),
      rdInstitutionSince: v.rdInstitutionLevel === 'none' ? null : (v.rdInstitutionSince ?? null),
    };
    try {
      if (enterprise) {
        await updateEnterprise(enterprise.id, { ...body, ...(v.changeNote?.trim() ? { changeNote: v.changeNote.trim() } : {}) });
        void message.success(t('enterprise.form.saved'));
        onClose();
      } else {
        const created = await createEnterprise({ ...body, creditCode: normalizeUscc(v.creditCode) });
        void message.success(t('enterprise.form.created'));
        onClose();
        await navigate(`/enterprises/${encodeURIComponent(created.id)}`);
      }
    } catch (error) {
      errors.show(form, error);
    } finally {
      setSaving(false);
    }
  };

  const required = { required: true, message: t('enterprise.form.required') };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 720}
      title={enterprise ? t('enterprise.form.editTitle', { name: enterprise.name }) : t('enterprise.form.newTitle')}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('enterprise.form.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('enterprise.form.save')}
          </Button>
        </Flex>
      }
    >
      {errors.problems.length > 0 ? (
        <Alert type="error" showIcon role="alert" className="form-alert" title={errors.problems[0]} description={errors.problems.slice(1).join('；') || undefined} />
      ) : null}
      <Form<FormValues> form={form} layout="vertical" name="enterprise-form" onFinish={(v) => void submit(v)} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="creditCode"
              label={t('enterprise.creditCode')}
              rules={
                editing
                  ? []
                  : [
                      required,
                      {
                        // The GB 32100 pre-check, with the server's message (position, expected character).
                        validator: (_rule, value: string | undefined) => {
                          const problem = value?.trim() ? creditCodeProblem(value, i18n.language) : null;
                          return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                        },
                      },
                    ]
              }
              validateTrigger="onBlur"
              extra={editing ? t('enterprise.form.creditCodeFixed') : t('enterprise.form.creditCodeHint')}
            >
              <Input className="mono" maxLength={40} disabled={editing} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('enterprise.name')} rules={[required]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="townId" label={t('enterprise.town')} rules={[required]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={towns.isPending}
                options={(towns.data ?? []).map((town) => ({ value: town.id, label: town.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industryCode" label={t('enterprise.form.industry')} rules={[required]}>
              <IndustryPicker initialName={enterprise?.industryName} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t('enterprise.address')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="size" label={t('enterprise.size')} rules={[required]}>
              <Select options={enterpriseSizes.map((s) => ({ value: s, label: labelOf('size', s) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="isAboveScale" label={t('enterprise.aboveScale')} valuePropName="checked">
              <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="foundedOn" label={t('enterprise.foundedOn')}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="legalRepresentative" label={t('enterprise.legalRepresentative')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactPhone" label={t('enterprise.contactPhone')}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="rdInstitutionLevel" label={t('enterprise.rdLevel')} rules={[required]}>
              <Select options={rdLevels.map((l) => ({ value: l, label: t(`enterprise.rdLevels.${l}`) }))} />
            </Form.Item>
          </Col>
          {rdLevel && rdLevel !== 'none' ? (
            <>
              <Col xs={24} md={10}>
                <Form.Item name="rdInstitutionName" label={t('enterprise.rdName')} rules={[required]}>
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="rdInstitutionSince" label={t('enterprise.rdSince')}>
                  <InputNumber min={1949} max={2100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </>
          ) : null}
          {editing ? (
            <Col span={24}>
              <Form.Item name="changeNote" label={t('enterprise.form.changeNote')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Drawer>
  );
}
