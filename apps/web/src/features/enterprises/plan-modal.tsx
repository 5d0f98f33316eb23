import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { QualificationKind } from '@yunju/contracts';
import { Alert, Button, Col, DatePicker, Flex, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyPath } from '../../components/field-errors.ts';
import { qualificationKinds } from '../../components/qualification-kinds.ts';
import { labelOf } from '../../i18n/labels.ts';
import { departmentsQuery, enterpriseSearchQuery } from '../cases/cases-api.ts';
import { useSaveErrors } from '../catalogue/use-save-errors.ts';
import { createPlan } from './cultivation-api.ts';
import { useSave } from './use-save.ts';
import './locale.ts';

interface PlanValues {
  enterpriseId: string;
  targetKind: QualificationKind;
  title: string;
  tasks: { departmentId: string; title: string; dueOn: Dayjs }[];
}

/** A cultivation plan: tasks for one enterprise spread over several departments, each with a due date. */
export function PlanModal({ onClose, enterprise, defaultKind }: { onClose: () => void; enterprise?: { id: string; name: string }; defaultKind?: QualificationKind | undefined }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlanValues>();
  const [keyword, setKeyword] = useState('');
  const search = useQuery(enterpriseSearchQuery(keyword));
  const departments = useQuery(departmentsQuery);
  const errors = useSaveErrors(bodyPath);
  const { saving, save } = useSave(form, errors);
  const required = { required: true, message: t('enterprise.form.required') };

  const submit = (v: PlanValues) =>
    save(
      () =>
        createPlan({
          enterpriseId: v.enterpriseId,
          targetKind: v.targetKind,
          title: v.title.trim(),
          tasks: (v.tasks ?? []).map((task) => ({ departmentId: task.departmentId, title: task.title.trim(), dueOn: task.dueOn.format('YYYY-MM-DD') })),
        }),
      t('enterprise.cultivation.planCreated'),
      onClose,
    );

  const enterpriseOptions = [
    ...(enterprise ? [{ value: enterprise.id, label: enterprise.name }] : []),
    ...(search.data?.items ?? []).filter((e) => e.id !== enterprise?.id).map((e) => ({ value: e.id, label: e.name })),
  ];

  return (
    <Modal
      open
      width={820}
      title={t('enterprise.cultivation.newPlan')}
      okText={t('enterprise.form.save')}
      cancelText={t('enterprise.form.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {errors.problems.length > 0 ? <Alert type="error" showIcon className="form-alert" title={errors.problems[0]} /> : null}
      <Form<PlanValues>
        form={form}
        layout="vertical"
        name="plan-form"
        initialValues={{ enterpriseId: enterprise?.id, targetKind: defaultKind ?? 'high_tech', tasks: [{}, {}] }}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={16}>
          <Col xs={24} sm={14}>
            <Form.Item name="enterpriseId" label={t('enterprise.name')} rules={[required]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setKeyword }}
                loading={search.isFetching}
                placeholder={t('enterprise.keywordPlaceholder')}
                options={enterpriseOptions}
                notFoundContent={keyword ? undefined : null}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="targetKind" label={t('enterprise.cultivation.targetKind')} rules={[required]}>
              <Select options={qualificationKinds.map((k) => ({ value: k, label: labelOf('qualification', k) }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="title" label={t('enterprise.cultivation.planTitle')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="tasks">
          {(items, { add, remove }) => (
            <Flex vertical gap={4}>
              {items.map((item) => (
                <Row key={item.key} gutter={8} align="bottom">
                  <Col xs={24} sm={7}>
                    <Form.Item name={[item.name, 'departmentId']} label={t('enterprise.cultivation.department')} rules={[required]}>
                      <Select showSearch={{ optionFilterProp: 'label' }} options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={10}>
                    <Form.Item name={[item.name, 'title']} label={t('enterprise.cultivation.taskTitle')} rules={[required]}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={5}>
                    <Form.Item name={[item.name, 'dueOn']} label={t('enterprise.cultivation.dueOn')} rules={[required]}>
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={2}>
                    <Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('enterprise.delete')} disabled={items.length <= 1} onClick={() => remove(item.name)} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} disabled={items.length >= 30}>
                {t('enterprise.cultivation.addTask')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
