import { Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterActions } from '../../components/filter-actions.tsx';

/** The status choice and 查询 / 重置 of a matching list's filter form; 重置 clears the form, then calls `onReset`. */
export function StatusFilterItems({ options, onReset }: { options: { value: string; label: string }[]; onReset: () => void }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <>
      <Form.Item name="status" label={t('matching.field.status')}>
        <Select allowClear placeholder={t('matching.list.allStatuses')} style={{ minWidth: 140 }} options={options} />
      </Form.Item>
      <Form.Item>
        <Space>
          <FilterActions
            onReset={() => {
              form.resetFields();
              onReset();
            }}
          />
        </Space>
      </Form.Item>
    </>
  );
}
