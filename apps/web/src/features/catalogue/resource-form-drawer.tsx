import { useQuery } from '@tanstack/react-query';
import type { ResourceDetail, ResourceInput } from '@yunju/contracts';
import { resourceAvailabilities, resourceKinds } from '@yunju/contracts/catalogue-codes';
import { Alert, App, Button, Col, Drawer, Flex, Form, Input, Row, Select, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { labelOf } from '../../i18n/labels.ts';
import { useCurrentUser } from '../auth/session.ts';
import { townsQuery } from '../enterprises/enterprises-api.ts';
import { createResource, departmentsQuery, resourceQuery, updateResource } from './catalogue-api.ts';
import { catalogueFormPath } from './manage-params.ts';
import { useSaveErrors } from './use-save-errors.ts';

type ResourceFormValues = ResourceInput & { changeNote?: string };

const fields = ['code', 'name', 'kind', 'ownerOrg', 'departmentId', 'townId', 'address', 'contactName', 'contactPhone', 'description', 'tags', 'availability', 'changeNote'];
const codePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
const phonePattern = /^\+?[0-9][0-9 -]{4,19}$/;

function valuesFromDetail(d: ResourceDetail): ResourceFormValues {
  return {
    code: d.code,
    name: d.name,
    kind: d.kind,
    ownerOrg: d.ownerOrg,
    departmentId: d.departmentId,
    townId: d.townId,
    address: d.address,
    contactName: d.contactName,
    // A masked number cannot be saved back: the editor of the owning department sees it whole.
    contactPhone: d.isPhoneMasked ? '' : d.contactPhone,
    description: d.description,
    tags: [...d.tags],
    availability: d.availability,
    changeNote: '',
  };
}

/** Create or edit an innovation resource. */
export function ResourceFormDrawer({ target, onClose }: { target: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const [form] = Form.useForm<ResourceFormValues>();
  const editing = target !== null && target !== 'new';
  const detail = useQuery({ ...resourceQuery(editing ? target : ''), enabled: editing, staleTime: 0 });
  const departments = useQuery(departmentsQuery);
  const towns = useQuery(townsQuery);
  const [saving, setSaving] = useState(false);
  const errors = useSaveErrors((path) => catalogueFormPath(path, fields));
  const isAdmin = user.role === 'bureau_admin';

  useEffect(() => {
    if (target === null) return;
    errors.clear();
    form.resetFields();
    if (target === 'new') {
      form.setFieldsValue({ departmentId: isAdmin ? undefined : (user.departmentId ?? undefined), townId: null, tags: [], availability: 'by_appointment' });
    } else if (detail.data) {
      form.setFieldsValue(valuesFromDetail(detail.data));
    }
  }, [target, detail.data, form, isAdmin, user.departmentId]);

  const submit = async (values: ResourceFormValues) => {
    setSaving(true);
    errors.clear();
    const input: ResourceInput = {
      code: values.code.trim(),
      name: values.name.trim(),
      kind: values.kind,
      ownerOrg: values.ownerOrg.trim(),
      departmentId: values.departmentId,
      townId: values.townId ?? null,
      address: (values.address ?? '').trim(),
      contactName: values.contactName.trim(),
      contactPhone: values.contactPhone.trim(),
      description: (values.description ?? '').trim(),
      tags: values.tags ?? [],
      availability: values.availability,
    };
    try {
      const note = (values.changeNote ?? '').trim();
      if (editing) await updateResource(target, note ? { ...input, changeNote: note } : input);
      else await createResource(input);
      void message.success(editing ? t('catalogue.form.saved') : t('catalogue.form.created'));
      onClose();
    } catch (error) {
      errors.show(form, error);
    } finally {
      setSaving(false);
    }
  };

  const required = { required: true, message: t('catalogue.form.required') };
  const title = editing ? t('catalogue.form.editResourceTitle', { name: detail.data?.name ?? '' }) : t('catalogue.form.newResourceTitle');

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 680}
      title={title}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('catalogue.form.cancel')}</Button>
          <Button type="primary" loading={saving} disabled={editing && !detail.data} onClick={() => form.submit()}>
            {t('catalogue.form.save')}
          </Button>
        </Flex>
      }
    >
      {editing && detail.isPending ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
      {editing && detail.error ? <ProblemAlert error={detail.error} title={t('error.loadFailed')} /> : null}
      <Form<ResourceFormValues>
        form={form}
        layout="vertical"
        name="resource"
        onFinish={(v) => void submit(v)}
        scrollToFirstError={{ block: 'center' }}
        hidden={editing && !detail.data}
      >
        {errors.problems.length > 0 ? (
          <Alert
            className="form-alert"
            type="error"
            showIcon
            role="alert"
            title={errors.problems[0]}
            description={errors.problems.length > 1 ? errors.problems.slice(1).map((p) => <div key={p}>{p}</div>) : t('catalogue.form.fixErrors')}
          />
        ) : null}
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item
              label={t('catalogue.resource.code')}
              name="code"
              extra={t('catalogue.form.codeHint')}
              rules={[required, { pattern: codePattern, message: t('catalogue.form.codeInvalid') }]}
            >
              <Input maxLength={32} className="mono" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item label={t('catalogue.resource.name')} name="name" rules={[required, { min: 2, max: 100, message: t('catalogue.form.nameLength') }]}>
              <Input maxLength={100} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('catalogue.resource.kind')} name="kind" rules={[required]}>
              <Select options={resourceKinds.map((k) => ({ value: k, label: labelOf('catalogue.kind', k) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('catalogue.resource.availability')} name="availability" rules={[required]}>
              <Select options={resourceAvailabilities.map((a) => ({ value: a, label: labelOf('catalogue.availability', a) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('catalogue.resource.town')} name="townId">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('catalogue.form.townPlaceholder')}
                loading={towns.isPending}
                options={(towns.data ?? []).map((town) => ({ value: town.id, label: town.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('catalogue.resource.ownerOrg')} name="ownerOrg" rules={[required, { min: 2, max: 100, message: t('catalogue.form.nameLength') }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('catalogue.resource.department')} name="departmentId" rules={[{ required: true, message: t('catalogue.form.selectDepartment') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                loading={departments.isPending}
                disabled={!isAdmin}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('catalogue.resource.address')} name="address">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('catalogue.resource.contactName')} name="contactName" rules={[required]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('catalogue.resource.contactPhone')} name="contactPhone" rules={[required, { pattern: phonePattern, message: t('catalogue.form.phoneInvalid') }]}>
              <Input maxLength={20} inputMode="tel" className="mono" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('catalogue.resource.tags')} name="tags">
          <Select mode="tags" placeholder={t('catalogue.form.tagsPlaceholder')} maxCount={20} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item label={t('catalogue.resource.description')} name="description">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        {editing ? (
          <Form.Item label={t('catalogue.form.changeNoteOptional')} name="changeNote" rules={[{ min: 2, message: t('catalogue.form.changeNoteRequired') }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
          </Form.Item>
        ) : null}
      </Form>
    </Drawer>
  );
}
