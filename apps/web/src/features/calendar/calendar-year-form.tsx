import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { toFormFieldErrors } from '../../components/field-errors.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { saveCalendarYear } from './calendar-api.ts';
import { formPathOfCalendarError, inputFromForm, type CalendarFormValues } from './calendar-model.ts';

interface CalendarYearFormProps {
  open: boolean;
  /** The values to start from; `editing` true when replacing a year that is already listed. */
  initial: CalendarFormValues | null;
  editing: boolean;
  existingYears: readonly number[];
  onClose: () => void;
  onSaved: (year: number) => void;
}

const dateFormat = 'YYYY-MM-DD';

/** Date pickers hold Dayjs values; the form keeps YYYY-MM-DD strings. */
const multipleDates = {
  getValueProps: (value: string[] | undefined) => ({ value: (value ?? []).map((d) => dayjs(d)) }),
  normalize: (value: Dayjs[] | Dayjs | null | undefined) =>
    (Array.isArray(value) ? value : value ? [value] : []).map((d) => d.format(dateFormat)).sort(),
};

/** The drawer that adds or replaces one year's holidays and make-up working days. */
export function CalendarYearForm({ open, initial, editing, existingYears, onClose, onSaved }: CalendarYearFormProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const isPhone = useIsPhone();
  const [form] = Form.useForm<CalendarFormValues>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const year = Form.useWatch('year', form);

  useEffect(() => {
    if (open && initial) {
      form.resetFields();
      form.setFieldsValue(initial);
      setProblems([]);
    }
  }, [open, initial, form]);

  const inYear = (d: Dayjs) => typeof year === 'number' && d.year() !== year;
  const pickerDefault = typeof year === 'number' ? dayjs(`${year}-01-01`) : undefined;

  const submit = async (values: CalendarFormValues) => {
    setSaving(true);
    setProblems([]);
    const festivals = values.festivals ?? [];
    try {
      await saveCalendarYear(values.year, inputFromForm({ ...values, festivals, workdays: values.workdays ?? [] }));
      void message.success(t('calendar.form.saved', { year: values.year }));
      onSaved(values.year);
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        const names = festivals.map((f) => f.name.trim());
        const { fields, unmatched } = toFormFieldErrors(error.fieldErrors, i18n.language, (path) => formPathOfCalendarError(path, names));
        form.setFields(fields as Parameters<typeof form.setFields>[0]);
        setProblems([messageOf(error), ...unmatched]);
      } else {
        setProblems([messageOf(error)]);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      title={editing && initial ? t('calendar.form.editTitle', { year: initial.year }) : t('calendar.form.addTitle')}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('calendar.form.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('calendar.form.save')}
          </Button>
        </Flex>
      }
    >
      <Form<CalendarFormValues> form={form} layout="vertical" name="calendar-year" onFinish={(v) => void submit(v)} scrollToFirstError>
        {problems.length > 0 ? (
          <Alert
            className="form-alert"
            type="error"
            showIcon
            role="alert"
            title={problems[0]}
            description={problems.length > 1 ? problems.slice(1).map((p) => <div key={p}>{p}</div>) : t('calendar.form.fixErrors')}
          />
        ) : null}
        <Form.Item label={t('calendar.form.year')} name="year" rules={[{ required: true, message: t('calendar.form.yearRequired') }]}>
          <InputNumber min={2000} max={2100} precision={0} disabled={editing} className="year-input" />
        </Form.Item>
        {!editing && typeof year === 'number' && existingYears.includes(year) ? (
          <Alert className="form-alert" type="warning" showIcon title={t('calendar.form.replaceWarning', { year })} />
        ) : null}
        <Form.Item label={t('calendar.form.source')} name="source" rules={[{ required: true, whitespace: true, message: t('calendar.form.sourceRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} placeholder={t('calendar.form.sourcePlaceholder')} />
        </Form.Item>
        <Form.Item label={t('calendar.form.festivals')} extra={t('calendar.form.festivalsHint')} required>
          <Form.List name="festivals">
            {(rows, { add, remove }) => (
              <Flex vertical gap={8}>
                {rows.map((row) => (
                  <div key={row.key} className="festival-row">
                    <Form.Item
                      name={[row.name, 'name']}
                      className="festival-name"
                      rules={[{ required: true, whitespace: true, message: t('calendar.form.festivalNameRequired') }]}
                    >
                      <Input placeholder={t('calendar.form.festivalName')} aria-label={t('calendar.form.festivalName')} maxLength={32} />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'dates']}
                      className="festival-dates"
                      {...multipleDates}
                      rules={[{ required: true, type: 'array', min: 1, message: t('calendar.form.festivalDatesRequired') }]}
                    >
                      <DatePicker
                        multiple
                        className="full-width"
                        maxTagCount="responsive"
                        placeholder={t('calendar.form.datesPlaceholder')}
                        aria-label={t('calendar.form.festivalDates')}
                        disabledDate={inYear}
                        defaultPickerValue={pickerDefault}
                        needConfirm={false}
                      />
                    </Form.Item>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('calendar.form.removeFestival')} onClick={() => remove(row.name)} />
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', dates: [] })}>
                  {t('calendar.form.addFestival')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item label={t('calendar.form.workdays')} extra={t('calendar.form.workdaysHint')} name="workdays" {...multipleDates}>
          <DatePicker
            multiple
            className="full-width"
            maxTagCount="responsive"
            placeholder={t('calendar.form.datesPlaceholder')}
            disabledDate={(d) => inYear(d) || (d.day() !== 0 && d.day() !== 6)}
            defaultPickerValue={pickerDefault}
            needConfirm={false}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
