import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ServiceItemDetail, ServiceItemInput } from '@yunju/contracts';
import { serviceChannels, serviceItemCategories } from '@yunju/contracts/catalogue-codes';
import { Alert, App, Button, Checkbox, Col, Drawer, Flex, Form, Input, InputNumber, Row, Select, Skeleton, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { labelOf } from '../../i18n/labels.ts';
import { useCurrentUser } from '../auth/session.ts';
import { createItem, departmentsQuery, itemQuery, updateItem } from './catalogue-api.ts';
import { catalogueFormPath, fileTypeSuggestions } from './manage-params.ts';
import { ResourcePicker } from './resource-picker.tsx';
import { useSaveErrors } from './use-save-errors.ts';

type ItemFormValues = ServiceItemInput & { changeNote?: string };

const fields = ['code', 'name', 'category', 'leadDepartmentId', 'coDepartmentIds', 'conditions', 'materials', 'promisedDays', 'channels', 'legalBasis', 'description', 'relatedResourceIds', 'changeNote'];
const codePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

function valuesFromDetail(d: ServiceItemDetail): ItemFormValues {
  return {
    code: d.code,
    name: d.name,
    category: d.category,
    leadDepartmentId: d.leadDepartment.id,
    coDepartmentIds: d.coDepartments.map((c) => c.id),
    conditions: [...d.conditions],
    materials: d.materials.map((m) => ({ ...m, fileTypes: [...m.fileTypes] })),
    promisedDays: d.promisedDays,
    channels: [...d.channels],
    legalBasis: d.legalBasis,
    description: d.description,
    relatedResourceIds: d.relatedResources.map((r) => r.id),
    changeNote: '',
  };
}

interface ItemFormDrawerProps {
  /** null: closed; 'new': a new item; else the id of the item to edit. */
  target: string | null;
  onClose: () => void;
}

/** Create or edit a service item: every field of the service guide; a change note on edit. */
export function ItemFormDrawer({ target, onClose }: ItemFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const [form] = Form.useForm<ItemFormValues>();
  const editing = target !== null && target !== 'new';
  const detail = useQuery({ ...itemQuery(editing ? target : ''), enabled: editing, staleTime: 0 });
  const departments = useQuery(departmentsQuery);
  const [saving, setSaving] = useState(false);
  const errors = useSaveErrors((path) => catalogueFormPath(path, fields));
  const isAdmin = user.role === 'bureau_admin';

  useEffect(() => {
    if (target === null) return;
    errors.clear();
    form.resetFields();
    if (target === 'new') {
      form.setFieldsValue({
        leadDepartmentId: isAdmin ? undefined : (user.departmentId ?? undefined),
        coDepartmentIds: [],
        conditions: [''],
        materials: [{ name: '', required: true, fileTypes: ['pdf'] }],
        channels: ['online', 'desk'],
        promisedDays: 10,
        legalBasis: '',
        description: '',
        relatedResourceIds: [],
      });
    } else if (detail.data) {
      form.setFieldsValue(valuesFromDetail(detail.data));
    }
  }, [target, detail.data, form, isAdmin, user.departmentId]);

  const submit = async (values: ItemFormValues) => {
    setSaving(true);
    errors.clear();
    const input: ServiceItemInput = {
      code: values.code.trim(),
      name: values.name.trim(),
      category: values.category,
      leadDepartmentId: values.leadDepartmentId,
      coDepartmentIds: values.coDepartmentIds ?? [],
      conditions: (values.conditions ?? []).map((c) => c.trim()).filter(Boolean),
      materials: (values.materials ?? []).map((m) => ({ name: m.name.trim(), required: Boolean(m.required), fileTypes: m.fileTypes ?? [] })),
      promisedDays: values.promisedDays,
      channels: values.channels ?? [],
      legalBasis: (values.legalBasis ?? '').trim(),
      description: (values.description ?? '').trim(),
      relatedResourceIds: values.relatedResourceIds ?? [],
    };
    try {
      if (editing) await updateItem(target, { ...input, changeNote: (values.changeNote ?? '').trim() });
      else await createItem(input);
      void message.success(editing ? t('catalogue.form.saved') : t('catalogue.form.created'));
      onClose();
    } catch (error) {
      errors.show(form, error);
    } finally {
      setSaving(false);
    }
  };

  const departmentOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  const required = { required: true, message: t('catalogue.form.required') };
  const title = editing ? t('catalogue.form.editItemTitle', { name: detail.data?.name ?? '' }) : t('catalogue.form.newItemTitle');

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 760}
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
      <Form<ItemFormValues>
        form={form}
        layout="vertical"
        name="service-item"
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
              label={t('catalogue.item.code')}
              name="code"
              extra={t('catalogue.form.codeHint')}
              rules={[required, { pattern: codePattern, message: t('catalogue.form.codeInvalid') }]}
            >
              <Input maxLength={32} className="mono" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item label={t('catalogue.item.name')} name="name" rules={[required, { min: 2, max: 100, message: t('catalogue.form.nameLength') }]}>
              <Input maxLength={100} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('catalogue.item.category')} name="category" rules={[{ required: true, message: t('catalogue.form.selectCategory') }]}>
              <Select options={serviceItemCategories.map((c) => ({ value: c, label: labelOf('catalogue.category', c) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('catalogue.item.promisedDays')} name="promisedDays" extra={t('catalogue.form.promisedDaysHint')} rules={[required]}>
              <InputNumber min={1} max={90} precision={0} className="full-width" suffix={t('catalogue.form.workingDays')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              label={t('catalogue.item.channels')}
              name="channels"
              rules={[{ required: true, type: 'array', min: 1, message: t('catalogue.form.channelsRequired') }]}
            >
              <Checkbox.Group options={serviceChannels.map((c) => ({ value: c, label: labelOf('catalogue.channel', c) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('catalogue.item.leadDepartment')} name="leadDepartmentId" rules={[{ required: true, message: t('catalogue.form.selectDepartment') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={departmentOptions} loading={departments.isPending} disabled={!isAdmin} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('catalogue.item.coDepartments')} name="coDepartmentIds">
              <Select
                mode="multiple"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('catalogue.form.coDepartmentsPlaceholder')}
                options={departmentOptions}
                loading={departments.isPending}
              />
            </Form.Item>
          </Col>
        </Row>

        <Form.Item label={t('catalogue.item.conditions')}>
          <Form.List name="conditions">
            {(rows, { add, remove }) => (
              <Flex vertical gap={8}>
                {rows.map((row, i) => (
                  <div key={row.key} className="condition-row">
                    <span className="condition-index">{i + 1}.</span>
                    <Form.Item name={row.name} rules={[{ required: true, whitespace: true, message: t('catalogue.form.required') }]}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder={t('catalogue.form.conditionPlaceholder')} />
                    </Form.Item>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('catalogue.form.removeCondition')} onClick={() => remove(row.name)} />
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} disabled={rows.length >= 30}>
                  {t('catalogue.form.addCondition')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>

        <Form.Item label={t('catalogue.item.materials')}>
          <Form.List name="materials">
            {(rows, { add, remove }) => (
              <Flex vertical gap={8}>
                {rows.map((row) => (
                  <div key={row.key} className="material-row">
                    <Form.Item
                      name={[row.name, 'name']}
                      className="material-name"
                      rules={[{ required: true, whitespace: true, message: t('catalogue.form.required') }]}
                    >
                      <Input maxLength={200} placeholder={t('catalogue.form.materialNamePlaceholder')} aria-label={t('catalogue.form.materialName')} />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'fileTypes']}
                      className="material-types-field"
                      rules={[{ required: true, type: 'array', min: 1, message: t('catalogue.form.fileTypesRequired') }]}
                      normalize={(v: string[] | undefined) => (v ?? []).map((x) => x.trim().toLowerCase().replace(/^\./, '')).filter(Boolean)}
                    >
                      <Select
                        mode="tags"
                        aria-label={t('catalogue.form.materialFileTypes')}
                        placeholder={t('catalogue.form.materialFileTypes')}
                        options={fileTypeSuggestions.map((x) => ({ value: x, label: x.toUpperCase() }))}
                        maxCount={10}
                      />
                    </Form.Item>
                    <Form.Item name={[row.name, 'required']} valuePropName="checked">
                      <Switch checkedChildren={t('catalogue.material.requiredYes')} unCheckedChildren={t('catalogue.material.requiredNo')} />
                    </Form.Item>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('catalogue.form.removeMaterial')} onClick={() => remove(row.name)} />
                  </div>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ name: '', required: true, fileTypes: ['pdf'] })}
                  disabled={rows.length >= 50}
                >
                  {t('catalogue.form.addMaterial')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>

        <Form.Item label={t('catalogue.item.legalBasis')} name="legalBasis">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('catalogue.item.description')} name="description">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <Form.Item label={t('catalogue.item.relatedResources')} name="relatedResourceIds">
          <ResourcePicker known={detail.data?.relatedResources ?? []} placeholder={t('catalogue.form.relatedResourcesPlaceholder')} />
        </Form.Item>
        {editing ? (
          <Form.Item
            label={t('catalogue.form.changeNote')}
            name="changeNote"
            extra={t('catalogue.form.changeNoteHint')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('catalogue.form.changeNoteRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} showCount />
          </Form.Item>
        ) : null}
      </Form>
    </Drawer>
  );
}
