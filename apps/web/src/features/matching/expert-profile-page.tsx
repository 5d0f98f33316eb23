import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ExpertDetail } from '@yunju/contracts';
import { Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { labelOf } from '../../i18n/labels.ts';
import { profileQuery, saveProfile, type ExpertBody } from './matching-api.ts';
import { availabilities, expertOrgTypes, expertRanks, outputTypes } from './matching-model.ts';
import { OwnProfileBody, OwnProfileSaveBar, useOwnProfileSave } from './own-profile.tsx';
import './matching.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

type Values = Omit<ExpertBody, 'code'>;

const tags = (placeholder: string) => <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',', '、']} placeholder={placeholder} />;

function ProfileForm({ profile }: { profile: ExpertDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problems, save, onFinishFailed } = useOwnProfileSave(form);
  const year = new Date().getFullYear();

  // `code` is ignored by PUT /profile; the contract's input still names it.
  const submit = (v: Values) => save(() => saveProfile({ ...v, code: profile.code, contactPhone: v.contactPhone?.trim() || null, contactEmail: v.contactEmail?.trim() || null }));

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="expert-profile"
      initialValues={{ ...profile, contactPhone: profile.contact?.phone ?? null, contactEmail: profile.contact?.email ?? null }}
      onFinish={(v) => void submit(v)}
      onFinishFailed={onFinishFailed}
      scrollToFirstError
    >
      <Card title={t('matching.profile.basic')} className="match-gap">
        <Flex gap={16} wrap>
          <Form.Item label={t('matching.field.name')} name="name" rules={[{ required: true, whitespace: true }]} style={{ flex: '1 1 200px' }}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label={t('matching.field.expertTitle')} name="title" rules={[{ required: true, whitespace: true }]} style={{ flex: '1 1 200px' }}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label={t('matching.field.rank')} name="rank" rules={[{ required: true }]} style={{ flex: '1 1 160px' }}>
            <Select options={expertRanks.map((r) => ({ value: r, label: r }))} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item label={t('matching.field.org')} name="org" rules={[{ required: true, whitespace: true, min: 2 }]} style={{ flex: '2 1 260px' }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('matching.field.orgType')} name="orgType" rules={[{ required: true }]} style={{ flex: '1 1 160px' }}>
            <Select options={expertOrgTypes.map((o) => ({ value: o, label: labelOf('matching.orgType', o) }))} />
          </Form.Item>
          <Form.Item label={t('matching.field.region')} name="region" rules={[{ required: true, whitespace: true }]} style={{ flex: '1 1 160px' }}>
            <Input maxLength={50} />
          </Form.Item>
        </Flex>
        <Form.Item label={t('matching.field.disciplines')} name="disciplines">
          {tags(t('matching.profile.tagsPlaceholder'))}
        </Form.Item>
        <Form.Item label={t('matching.field.fields')} name="fields" extra={t('matching.profile.fieldsHint')}>
          {tags(t('matching.profile.tagsPlaceholder'))}
        </Form.Item>
      </Card>
      <Card title={t('matching.field.outputs')} className="match-gap">
        <Form.List name="outputs">
          {(rows, { add, remove }) => (
            <Flex vertical gap={8}>
              {rows.map((row) => (
                <Flex key={row.key} gap={8} wrap align="flex-start" role="group" aria-label={t('matching.profile.outputN', { n: row.name + 1 })}>
                  <Form.Item name={[row.name, 'title']} rules={[{ required: true, whitespace: true, min: 2, message: t('matching.profile.outputTitleRequired') }]} style={{ flex: '3 1 260px', marginBottom: 0 }}>
                    <Input maxLength={300} placeholder={t('matching.profile.outputTitle')} aria-label={t('matching.profile.outputTitle')} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'year']} rules={[{ required: true }]} style={{ flex: '0 1 100px', marginBottom: 0 }}>
                    <InputNumber<number> min={1950} max={2100} precision={0} placeholder={t('matching.profile.outputYear')} aria-label={t('matching.profile.outputYear')} className="full-width" />
                  </Form.Item>
                  <Form.Item name={[row.name, 'type']} rules={[{ required: true }]} style={{ flex: '1 1 130px', marginBottom: 0 }}>
                    <Select aria-label={t('matching.profile.outputType')} options={outputTypes.map((o) => ({ value: o, label: labelOf('matching.outputType', o) }))} />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('matching.profile.removeOutput')} onClick={() => remove(row.name)} />
                </Flex>
              ))}
              <div>
                <Button icon={<PlusOutlined />} onClick={() => add({ title: '', year, type: 'paper' }, 0)}>
                  {t('matching.profile.addOutput')}
                </Button>
              </div>
            </Flex>
          )}
        </Form.List>
      </Card>
      <Card title={t('matching.profile.contactTitle')} className="match-gap">
        <Form.Item label={t('matching.field.availability')} name="availability" rules={[{ required: true }]}>
          <Select options={availabilities.map((a) => ({ value: a, label: labelOf('matching.availability', a) }))} />
        </Form.Item>
        <Form.Item name="consentToContact" valuePropName="checked" extra={t('matching.field.consentHint')}>
          <Checkbox>{t('matching.field.consentLabel')}</Checkbox>
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label={t('matching.field.phone')} name="contactPhone" style={{ flex: '1 1 200px' }}>
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
          <Form.Item label={t('matching.field.email')} name="contactEmail" rules={[{ type: 'email' }]} style={{ flex: '1 1 240px' }}>
            <Input maxLength={120} inputMode="email" />
          </Form.Item>
        </Flex>
      </Card>
      <OwnProfileSaveBar busy={busy} problems={problems} updatedAt={profile.updatedAt} />
    </Form>
  );
}

/** `/matching/profile`: the expert keeps the own profile (outputs, availability, consent to be contacted). */
export default function ExpertProfilePage() {
  const { t } = useTranslation();
  const query = useQuery(profileQuery);
  return (
    <>
      <PageHeader title={t('matching.profile.title')} subTitle={t('matching.profile.hint')} />
      <OwnProfileBody query={query} notLinked={t('matching.profile.notLinked')}>
        {(profile) => <ProfileForm profile={profile} />}
      </OwnProfileBody>
    </>
  );
}
