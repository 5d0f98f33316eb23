import { useQuery } from '@tanstack/react-query';
import type { EnterprisePage, EnterpriseSummary, IndustryList } from '@yunju/contracts';
import { Alert, App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { bodyPath, toFormFieldErrors } from '../../components/field-errors.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { postDemand, type DemandBody } from './matching-api.ts';
import { budgetBands, educations, salaryBands } from './matching-model.ts';
import './matching.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

interface Values {
  enterpriseId?: string;
  title: string;
  description: string;
  industryCode?: string;
  keywords?: string[];
  deadline?: Dayjs;
  budgetBand?: string;
  confidential?: boolean;
  role?: string;
  requirements?: string;
  education?: string;
  place?: string;
  salaryBand?: string;
  headcount?: number;
}

const known = new Set(['enterpriseId', 'title', 'description', 'industryCode', 'keywords', 'deadline', 'budgetBand', 'confidential', 'role', 'requirements', 'education', 'place', 'salaryBand', 'headcount']);

/** The industries to choose from: the GB/T 4754 classes when the county offers the list, and always the enterprise's own. */
function useIndustryOptions(enterpriseId: string | null) {
  const own = useQuery({
    queryKey: ['enterprises', 'detail', enterpriseId],
    queryFn: ({ signal }) => api.get<EnterpriseSummary>(`/api/enterprises/${encodeURIComponent(enterpriseId ?? '')}`, undefined, signal),
    enabled: Boolean(enterpriseId),
    staleTime: 5 * 60_000,
  });
  const list = useQuery({
    queryKey: ['industries', 'class'],
    queryFn: ({ signal }) => api.get<IndustryList>('/api/industries', { level: 'class' }, signal),
    staleTime: 60 * 60_000,
    retry: false,
  });
  const options = new Map<string, string>();
  if (own.data) options.set(own.data.industryCode, own.data.industryName);
  for (const node of list.data?.items ?? []) if (!options.has(node.code)) options.set(node.code, node.name);
  return { own: own.data, options: [...options].map(([value, name]) => ({ value, label: `${value} ${name}` })) };
}

/** `/matching/new?kind=problem|talent_need`: an enterprise posts a technical problem or a talent need. */
export default function DemandNewPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [searchParams] = useSearchParams();
  const kind = searchParams.get('kind') === 'talent_need' ? 'talent_need' : 'problem';
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  // A broker posts for an enterprise it chooses; an enterprise user for its own.
  const isBroker = can(user, 'match.broker');
  const [enterpriseKeyword, setEnterpriseKeyword] = useState('');
  const enterpriseSearch = useQuery({
    queryKey: ['enterprises', 'list', { keyword: enterpriseKeyword, page: 1, pageSize: 10 }],
    queryFn: ({ signal }) => api.get<EnterprisePage>('/api/enterprises', { keyword: enterpriseKeyword, page: 1, pageSize: 10 }, signal),
    enabled: isBroker && enterpriseKeyword.trim().length > 0,
    staleTime: 60_000,
  });
  const chosenEnterprise = Form.useWatch('enterpriseId', form);
  const industries = useIndustryOptions(isBroker ? (chosenEnterprise ?? null) : user.enterpriseId);
  const isProblem = kind === 'problem';

  const submit = async (v: Values) => {
    const base = {
      title: v.title.trim(),
      description: v.description.trim(),
      keywords: (v.keywords ?? []).map((k) => k.trim()).filter(Boolean),
      deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
      ...(v.industryCode ? { industryCode: v.industryCode } : {}),
      ...(isBroker && v.enterpriseId ? { enterpriseId: v.enterpriseId } : {}),
    };
    const body: DemandBody = isProblem
      ? { ...base, kind: 'problem', budgetBand: v.budgetBand as never, confidential: Boolean(v.confidential) }
      : {
          ...base,
          kind: 'talent_need',
          role: (v.role ?? '').trim(),
          requirements: (v.requirements ?? '').trim(),
          education: (v.education ?? null) as never,
          place: (v.place ?? '').trim(),
          salaryBand: v.salaryBand as never,
          headcount: v.headcount ?? 1,
        };
    setBusy(true);
    setProblems([]);
    try {
      const detail = await postDemand(body);
      void message.success(t('matching.form.submitted'));
      await navigate(`/matching/demands/${encodeURIComponent(detail.id)}`, { replace: true });
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        const { fields, unmatched } = toFormFieldErrors(error.fieldErrors, i18n.language, bodyPath);
        const placed = fields.filter((f) => known.has(String(f.name[0])));
        form.setFields(placed.map((f) => ({ name: [f.name[0] as string], errors: f.errors })) as never);
        setProblems([t('matching.form.notSaved'), ...unmatched, ...fields.filter((f) => !known.has(String(f.name[0]))).flatMap((f) => f.errors)]);
      } else {
        setProblems([t('matching.form.notSaved'), messageOf(error)]);
      }
    } finally {
      setBusy(false);
    }
  };

  const text = (min: number, msg: string) => [{ required: true, whitespace: true, message: msg }, { min, message: t('matching.form.minLength', { min }) }];

  return (
    <>
      <PageHeader title={isProblem ? t('matching.form.problemTitle') : t('matching.form.needTitle')} subTitle={isBroker ? undefined : (user.enterpriseName ?? undefined)} />
      <Card className="narrow-card">
        <Typography.Paragraph type="secondary">{isProblem ? t('matching.form.problemHint') : t('matching.form.needHint')}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          name={`matching-${kind}`}
          initialValues={{ confidential: false, headcount: 1 }}
          onFinish={(v) => void submit(v)}
          onFinishFailed={() => setProblems([t('matching.form.fixFields')])}
          scrollToFirstError
        >
          {isBroker ? (
            <Form.Item label={t('matching.field.forEnterprise')} name="enterpriseId" rules={[{ required: true, message: t('matching.field.forEnterpriseRequired') }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setEnterpriseKeyword }}
                placeholder={t('matching.field.forEnterprisePlaceholder')}
                loading={enterpriseSearch.isFetching}
                notFoundContent={enterpriseKeyword.trim() ? t('matching.field.noEnterprise') : t('matching.action.typeToSearch')}
                options={(enterpriseSearch.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name} · ${e.creditCode}` }))}
              />
            </Form.Item>
          ) : null}
          {!isProblem ? (
            <Form.Item label={t('matching.field.role')} name="role" rules={[{ required: true, whitespace: true, message: t('matching.field.roleRequired') }]}>
              <Input maxLength={50} placeholder={t('matching.field.rolePlaceholder')} />
            </Form.Item>
          ) : null}
          <Form.Item label={isProblem ? t('matching.field.title') : t('matching.field.needTitle')} name="title" rules={text(4, t('matching.field.titleRequired'))}>
            <Input maxLength={120} showCount placeholder={isProblem ? t('matching.field.titlePlaceholder') : t('matching.field.needTitlePlaceholder')} />
          </Form.Item>
          <Form.Item label={isProblem ? t('matching.field.description') : t('matching.field.needDescription')} name="description" rules={text(10, t('matching.field.descriptionRequired'))}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={5000} showCount placeholder={isProblem ? t('matching.field.descriptionPlaceholder') : t('matching.field.needDescriptionPlaceholder')} />
          </Form.Item>
          <Form.Item label={t('matching.field.industry')} name="industryCode" extra={industries.own ? t('matching.field.industryDefault', { name: industries.own.industryName }) : undefined}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={industries.options} placeholder={industries.own ? `${industries.own.industryCode} ${industries.own.industryName}` : t('matching.field.industryPlaceholder')} />
          </Form.Item>
          {isProblem ? (
            <Form.Item label={t('matching.field.budgetBand')} name="budgetBand" rules={[{ required: true, message: t('matching.field.budgetRequired') }]}>
              <Select options={budgetBands.map((b) => ({ value: b, label: labelOf('matching.budgetBand', b) }))} />
            </Form.Item>
          ) : (
            <>
              <Form.Item label={t('matching.field.requirements')} name="requirements">
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={3000} placeholder={t('matching.field.requirementsPlaceholder')} />
              </Form.Item>
              <Flex gap={16} wrap>
                <Form.Item label={t('matching.field.education')} name="education" style={{ flex: '1 1 160px' }}>
                  <Select allowClear placeholder={t('matching.field.educationAny')} options={educations.map((e) => ({ value: e, label: e }))} />
                </Form.Item>
                <Form.Item label={t('matching.field.headcount')} name="headcount" style={{ flex: '1 1 120px' }}>
                  <InputNumber<number> className="full-width" min={1} max={500} precision={0} />
                </Form.Item>
              </Flex>
              <Form.Item label={t('matching.field.place')} name="place" rules={[{ required: true, whitespace: true, message: t('matching.field.placeRequired') }]}>
                <Input maxLength={50} placeholder={t('matching.field.placePlaceholder')} />
              </Form.Item>
              <Form.Item label={t('matching.field.salaryBand')} name="salaryBand" rules={[{ required: true, message: t('matching.field.salaryRequired') }]}>
                <Select options={salaryBands.map((b) => ({ value: b, label: labelOf('matching.salaryBand', b) }))} />
              </Form.Item>
            </>
          )}
          <Form.Item label={isProblem ? t('matching.field.deadline') : t('matching.field.needDeadline')} name="deadline">
            <DatePicker className="full-width" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item label={t('matching.field.keywords')} name="keywords">
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',', '、', ' ']} placeholder={t('matching.field.keywordsPlaceholder')} />
          </Form.Item>
          {isProblem ? (
            <Form.Item name="confidential" valuePropName="checked" extra={t('matching.field.confidentialHint')}>
              <Checkbox>{t('matching.field.confidential')}</Checkbox>
            </Form.Item>
          ) : null}
          {problems.length > 0 ? (
            <Alert className="match-gap" type="error" showIcon role="alert" title={problems[0]} description={problems.length > 1 ? problems.slice(1).join('；') : undefined} />
          ) : null}
          <Flex gap={8} wrap>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('matching.form.submit')}
            </Button>
            <Button onClick={() => void navigate(-1)}>{t('matching.form.cancel')}</Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
