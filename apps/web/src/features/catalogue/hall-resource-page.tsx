import { CalendarOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { resourceQuery } from './catalogue-api.ts';
import { KindTag, StatusTag } from './catalogue-tags.tsx';
import { BackToHall, DetailError, DetailPending } from './detail-states.tsx';
import './catalogue.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

export default function HallResourcePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const resource = useQuery(resourceQuery(id));
  const title = t('catalogue.hall.resourceTitle');

  if (resource.isPending) return <DetailPending title={title} />;
  if (resource.error) return <DetailError title={title} error={resource.error} notFound={t('catalogue.hall.resourceNotFound')} retry={() => void resource.refetch()} />;

  const r = resource.data;
  const reserve = r.status === 'in_force' && can(user, 'case.submit');
  return (
    <>
      <PageHeader
        title={r.name}
        subTitle={
          <Flex gap={4} wrap align="center">
            <StatusTag status={r.status} />
            <KindTag kind={r.kind} />
            <Typography.Text type="secondary" className="mono">
              {r.code}
            </Typography.Text>
          </Flex>
        }
        extra={
          <Flex gap={8} wrap>
            {reserve ? (
              <Button type="primary" icon={<CalendarOutlined />} onClick={() => void navigate(`/cases/new?resource=${encodeURIComponent(r.id)}`)}>
                {t('catalogue.hall.reserve')}
              </Button>
            ) : null}
            <BackToHall />
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        {r.status === 'withdrawn' ? <Alert type="warning" showIcon title={t('catalogue.hall.resourceWithdrawnNotice')} /> : null}
        <Card title={t('catalogue.hall.basicInfo')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
            items={[
              { key: 'code', label: t('catalogue.resource.code'), children: <span className="mono">{r.code}</span> },
              { key: 'kind', label: t('catalogue.resource.kind'), children: <KindTag kind={r.kind} /> },
              { key: 'availability', label: t('catalogue.resource.availability'), children: labelOf('catalogue.availability', r.availability) },
              { key: 'owner', label: t('catalogue.resource.ownerOrg'), children: r.ownerOrg },
              { key: 'department', label: t('catalogue.resource.department'), children: r.departmentName },
              { key: 'town', label: t('catalogue.resource.town'), children: r.townName ?? t('catalogue.resource.noTown') },
              { key: 'address', label: t('catalogue.resource.address'), children: r.address || t('common.empty') },
              { key: 'contact', label: t('catalogue.resource.contactName'), children: r.contactName },
              {
                key: 'phone',
                label: t('catalogue.resource.contactPhone'),
                children: (
                  <span>
                    <span className="mono">{r.contactPhone}</span>
                    {r.isPhoneMasked ? (
                      <Typography.Text type="secondary" className="masked-note">
                        {' '}
                        {t('catalogue.resource.phoneMasked')}
                      </Typography.Text>
                    ) : null}
                  </span>
                ),
              },
              {
                key: 'tags',
                label: t('catalogue.resource.tags'),
                span: 'filled',
                children:
                  r.tags.length > 0 ? (
                    <span className="tag-list spaced-tags">
                      {r.tags.map((tag) => (
                        <Tag key={tag}>{tag}</Tag>
                      ))}
                    </span>
                  ) : (
                    t('common.empty')
                  ),
              },
              { key: 'updated', label: t('catalogue.resource.updatedAt'), children: formatDate(r.updatedAt) },
            ]}
          />
        </Card>
        <Card title={t('catalogue.resource.description')}>
          <p className="guide-text">{r.description || t('catalogue.hall.noDescription')}</p>
        </Card>
        <Card title={t('catalogue.resource.relatedItems')}>
          {r.relatedItems.length > 0 ? (
            <ul className="related-list">
              {r.relatedItems.map((i) => (
                <li key={i.id}>
                  <Link to={`/hall/items/${encodeURIComponent(i.id)}`}>{i.name}</Link>{' '}
                  <Typography.Text type="secondary" className="mono">
                    {i.code}
                  </Typography.Text>{' '}
                  <StatusTag status={i.status} hideInForce />
                </li>
              ))}
            </ul>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogue.hall.noRelatedItems')} />
          )}
        </Card>
      </Flex>
    </>
  );
}
