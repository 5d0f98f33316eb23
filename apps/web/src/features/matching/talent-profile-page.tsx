import { useQuery } from '@tanstack/react-query';
import type { TalentProfile } from '@yunju/contracts';
import { Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { townsQuery } from '../enterprises/enterprises-api.ts';
import { saveTalentProfile, talentProfileQuery, type TalentBody } from './matching-api.ts';
import { availabilities, educations } from './matching-model.ts';
import { OwnProfileBody, OwnProfileSaveBar, useOwnProfileSave } from './own-profile.tsx';
import './matching.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

type Values = Omit<TalentBody, 'code'>;

const tags = (placeholder: string) => <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',', '、']} placeholder={placeholder} />;

function TalentProfileForm({ profile }: { profile: TalentProfile }) {
  const { t } = useTranslation();
  const towns = useQuery(townsQuery);
  const [form] = Form.useForm<Values>();
  const { busy, problems, save, onFinishFailed } = useOwnProfileSave(form);

  // `code` is ignored by PUT /talent-profile; the contract's input still names it.
  const submit = (v: Values) => save(() => saveTalentProfile({ ...v, code: profile.code, desiredTownId: v.desiredTownId ?? null, contactPhone: v.contactPhone?.trim() || null }));

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="talent-profile"
      initialValues={profile}
      onFinish={(v) => void submit(v)}
      onFinishFailed={onFinishFailed}
      scrollToFirstError
    >
      <Card title={t('matching.talentProfile.basic')} className="match-gap">
        <Flex gap={16} wrap>
          <Form.Item label={t('matching.field.name')} name="name" rules={[{ required: true, whitespace: true }]} style={{ flex: '1 1 200px' }}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label={t('matching.field.education')} name="education" rules={[{ required: true }]} style={{ flex: '1 1 140px' }}>
            <Select options={educations.map((e) => ({ value: e, label: e }))} />
          </Form.Item>
          <Form.Item label={t('matching.field.major')} name="major" rules={[{ required: true, whitespace: true }]} style={{ flex: '1 1 200px' }}>
            <Input maxLength={50} />
          </Form.Item>
        </Flex>
        <Form.Item label={t('matching.field.skills')} name="skills" extra={t('matching.talentProfile.skillsHint')}>
          {tags(t('matching.profile.tagsPlaceholder'))}
        </Form.Item>
        <Form.Item label={t('matching.field.experienceYears')} name="experienceYears" rules={[{ required: true }]}>
          <InputNumber<number> min={0} max={60} precision={0} suffix={t('matching.talentProfile.yearsUnit')} style={{ width: 160, maxWidth: '100%' }} />
        </Form.Item>
        <Form.Item label={t('matching.talentProfile.experience')} name="experience">
          <Input.TextArea rows={4} maxLength={3000} showCount placeholder={t('matching.talentProfile.experiencePlaceholder')} />
        </Form.Item>
      </Card>
      <Card title={t('matching.talentProfile.intention')} className="match-gap">
        <Form.Item label={t('matching.field.desiredRole')} name="desiredRole" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label={t('matching.talentProfile.desiredTown')} name="desiredTownId" style={{ flex: '1 1 200px' }}>
            <Select allowClear loading={towns.isPending} placeholder={t('matching.talentProfile.desiredTownAny')} options={(towns.data ?? []).map((x) => ({ value: x.id, label: x.name }))} />
          </Form.Item>
          <Form.Item label={t('matching.field.desiredPlace')} name="desiredPlace" extra={t('matching.talentProfile.desiredPlaceHint')} style={{ flex: '1 1 200px' }}>
            <Input maxLength={50} />
          </Form.Item>
        </Flex>
      </Card>
      <Card title={t('matching.talentProfile.contactTitle')} className="match-gap">
        <Form.Item label={t('matching.talentProfile.availability')} name="availability" rules={[{ required: true }]}>
          <Select options={availabilities.map((a) => ({ value: a, label: t(`matching.talentProfile.availabilityValue.${a}`) }))} />
        </Form.Item>
        <Form.Item name="consentToContact" valuePropName="checked" extra={t('matching.talentProfile.consentHint')}>
          <Checkbox>{t('matching.talentProfile.consentLabel')}</Checkbox>
        </Form.Item>
        <Form.Item label={t('matching.field.phone')} name="contactPhone">
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Card>
      <OwnProfileSaveBar busy={busy} problems={problems} updatedAt={profile.updatedAt} />
    </Form>
  );
}

/** `/matching/talent-profile`: the talent keeps its own profile (education, skills, experience, desired role and place, availability, consent). */
export default function TalentProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery(talentProfileQuery);
  return (
    <>
      <PageHeader
        title={t('matching.talentProfile.title')}
        subTitle={t('matching.talentProfile.hint')}
        extra={<Button onClick={() => void navigate('/matching/engagements')}>{t('matching.talentEngagements.title')}</Button>}
      />
      <OwnProfileBody query={query} notLinked={t('matching.talentProfile.notLinked')}>
        {(profile) => <TalentProfileForm profile={profile} />}
      </OwnProfileBody>
    </>
  );
}
