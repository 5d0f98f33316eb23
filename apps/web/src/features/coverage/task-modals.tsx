import { useQuery } from '@tanstack/react-query';
import type { Target } from '@yunju/contracts';
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyPath } from '../../components/field-errors.ts';
import { labelOf } from '../../i18n/labels.ts';
import { useCurrentUser } from '../auth/session.ts';
import { departmentsQuery, enterpriseSearchQuery } from '../cases/cases-api.ts';
import { useSaveErrors } from '../catalogue/use-save-errors.ts';
import { townsQuery } from '../enterprises/enterprises-api.ts';
import { coverageFlags, createTarget, createTask, officersQuery, uncoveredQuery, type CoverageFlag } from './coverage-api.ts';
import { formatRate } from './coverage-model.ts';
import './locale.ts';

interface TargetValues {
  scopeType: 'town' | 'department';
  scopeId: string;
  flag: CoverageFlag;
  targetPercent: number;
  dueOn: Dayjs;
}

/** A yearly target: "town A: IUR coverage ≥ 75% by 31 December" (bureau administrator). */
export function TargetModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TargetValues>();
  const towns = useQuery(townsQuery);
  const departments = useQuery(departmentsQuery);
  const scopeType = Form.useWatch('scopeType', form) ?? 'town';
  const [saving, setSaving] = useState(false);
  const errors = useSaveErrors((path) => (path === 'targetRate' ? ['targetPercent'] : bodyPath(path)));
  const required = { required: true, message: t('coverage.tasks.required') };
  const submit = async (v: TargetValues) => {
    setSaving(true);
    errors.clear();
    try {
      await createTarget({ year, scopeType: v.scopeType, scopeId: v.scopeId, flag: v.flag, targetRate: v.targetPercent / 100, dueOn: v.dueOn.format('YYYY-MM-DD') });
      void message.success(t('coverage.tasks.targetCreated'));
      onClose();
    } catch (error) {
      errors.show(form, error);
    } finally {
      setSaving(false);
    }
  };
  const scopeOptions =
    scopeType === 'town' ? (towns.data ?? []).map((x) => ({ value: x.id, label: x.name })) : (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  return (
    <Modal open title={t('coverage.tasks.newTarget')} okText={t('coverage.save')} cancelText={t('coverage.cancel')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {errors.problems.length > 0 ? <Alert type="error" showIcon className="form-alert" title={errors.problems[0]} /> : null}
      <Form<TargetValues>
        form={form}
        layout="vertical"
        name="target-form"
        initialValues={{ scopeType: 'town', flag: 'iur', targetPercent: 75, dueOn: dayjs(`${year}-12-31`) }}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="scopeType" label={t('coverage.tasks.scopeType')} rules={[required]}>
              <Select
                options={(['town', 'department'] as const).map((k) => ({ value: k, label: t(`coverage.tasks.scopeTypes.${k}`) }))}
                onChange={() => form.setFieldValue('scopeId', undefined)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="scopeId" label={t('coverage.tasks.scope')} rules={[required]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={scopeOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="flag" label={t('coverage.flagLabel')} rules={[required]}>
              <Select options={coverageFlags.map((f) => ({ value: f, label: labelOf('coverage.flag', f) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="targetPercent" label={t('coverage.tasks.targetRate')} rules={[required]}>
              <InputNumber min={0} max={100} precision={1} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="dueOn" label={t('coverage.tasks.dueOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

interface TaskValues {
  title: string;
  flag: CoverageFlag;
  departmentId: string;
  assigneeUserId: string;
  targetId?: string;
  dueOn: Dayjs;
  enterpriseIds: string[];
}

/**
 * A task for a department's officer: which uncovered enterprises to bring to a flag by when.
 * Officers assign within their own department; the administrator to an officer of any department
 * (the picker lists `/api/org/officers`, which applies the same rule as the task service).
 */
export function TaskModal({ year, targets, onClose }: { year: number; targets: readonly Target[]; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskValues>();
  const departments = useQuery(departmentsQuery);
  const flag = Form.useWatch('flag', form) ?? 'iur';
  const departmentId = Form.useWatch('departmentId', form) as string | undefined;
  const officers = useQuery(officersQuery(departmentId));
  const uncovered = useQuery(uncoveredQuery({ flag, page: 1, pageSize: 200 }));
  const [keyword, setKeyword] = useState('');
  const search = useQuery(enterpriseSearchQuery(keyword));
  const [saving, setSaving] = useState(false);
  const errors = useSaveErrors(bodyPath);
  const required = { required: true, message: t('coverage.tasks.required') };
  const isAdmin = user.role === 'bureau_admin';

  const submit = async (v: TaskValues) => {
    setSaving(true);
    errors.clear();
    try {
      await createTask({
        year,
        departmentId: v.departmentId,
        assigneeUserId: v.assigneeUserId,
        targetId: v.targetId ?? null,
        flag: v.flag,
        title: v.title.trim(),
        dueOn: v.dueOn.format('YYYY-MM-DD'),
        enterpriseIds: v.enterpriseIds,
      });
      void message.success(t('coverage.tasks.taskCreated'));
      onClose();
    } catch (error) {
      errors.show(form, error);
    } finally {
      setSaving(false);
    }
  };

  const seen = new Set<string>();
  const enterpriseOptions = [
    ...(uncovered.data?.items ?? []).map((e) => ({ value: e.enterpriseId, label: `${e.name}（${labelOf('coverage.flag', flag)}${t('coverage.tasks.notCoveredShort')}）` })),
    ...(search.data?.items ?? []).map((e) => ({ value: e.id, label: e.name })),
  ].filter((o) => (seen.has(o.value) ? false : (seen.add(o.value), true)));

  return (
    <Modal open width={720} title={t('coverage.tasks.newTask')} okText={t('coverage.save')} cancelText={t('coverage.cancel')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {errors.problems.length > 0 ? <Alert type="error" showIcon className="form-alert" title={errors.problems[0]} /> : null}
      <Form<TaskValues>
        form={form}
        layout="vertical"
        name="task-form"
        initialValues={{ flag: 'iur', departmentId: isAdmin ? undefined : (user.departmentId ?? undefined), assigneeUserId: isAdmin ? undefined : user.id, dueOn: dayjs(`${year}-12-31`), enterpriseIds: [] }}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="title" label={t('coverage.tasks.title')} rules={[required]}>
              <Input maxLength={200} placeholder={t('coverage.tasks.titlePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="flag" label={t('coverage.flagLabel')} rules={[required]}>
              <Select options={coverageFlags.map((f) => ({ value: f, label: labelOf('coverage.flag', f) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="departmentId" label={t('coverage.tasks.department')} rules={[required]} extra={isAdmin ? undefined : t('coverage.tasks.ownDepartment')}>
              <Select
                disabled={!isAdmin}
                showSearch={{ optionFilterProp: 'label' }}
                options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                onChange={(id: string) => form.setFieldValue('assigneeUserId', id === user.departmentId ? user.id : undefined)}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="assigneeUserId" label={t('coverage.tasks.assignee')} rules={[required]} extra={t('coverage.tasks.assigneeHint')}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!departmentId}
                placeholder={departmentId ? undefined : t('coverage.tasks.assigneeFirst')}
                loading={officers.isFetching}
                notFoundContent={officers.isSuccess ? t('coverage.tasks.assigneeNone') : undefined}
                options={(officers.data ?? []).map((o) => ({ value: o.id, label: `${o.displayName}（${o.departmentName}）` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="dueOn" label={t('coverage.tasks.dueOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="targetId" label={t('coverage.tasks.target')}>
              <Select
                allowClear
                options={targets.map((x) => ({ value: x.id, label: `${x.scopeName} · ${labelOf('coverage.flag', x.flag)} ≥ ${formatRate(x.targetRate)}` }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="enterpriseIds" label={t('coverage.tasks.enterprises')} rules={[{ required: true, type: 'array', min: 1, message: t('coverage.tasks.enterprisesRequired') }]}>
              <Select
                mode="multiple"
                showSearch={{ filterOption: (input, option) => String(option?.label ?? '').includes(input), onSearch: setKeyword }}
                loading={uncovered.isFetching || search.isFetching}
                options={enterpriseOptions}
                maxTagCount="responsive"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
