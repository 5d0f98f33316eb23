import { DesktopOutlined, FormOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate } from '../../format.ts';
import { useCurrentUser } from '../auth/session.ts';
import { itemQuery } from './catalogue-api.ts';
import { itemActions } from './guide-actions.ts';
import { CategoryTag, ChannelTags, KindTag, PromisedDays, StatusTag } from './catalogue-tags.tsx';
import { BackToHall, DetailError, DetailPending } from './detail-states.tsx';
import { MaterialsTable } from './materials-table.tsx';
import './catalogue.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

export default function HallItemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const item = useQuery(itemQuery(id));

  if (item.isPending) return <DetailPending title={t('catalogue.hall.guide')} />;
  if (item.error) return <DetailError title={t('catalogue.hall.guide')} error={item.error} notFound={t('catalogue.hall.notFound')} retry={() => void item.refetch()} />;

  const d = item.data;
  const actions = itemActions(d, user.permissions);
  const encoded = encodeURIComponent(d.id);
  const walkInButton = (
    <Button icon={<DesktopOutlined />} disabled={!actions.walkInEnabled} onClick={() => void navigate(`/cases/walk-in?item=${encoded}`)}>
      {t('catalogue.hall.walkIn')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={d.name}
        subTitle={
          <Flex gap={4} wrap align="center">
            <StatusTag status={d.status} />
            <CategoryTag category={d.category} />
            <Typography.Text type="secondary" className="mono">
              {d.code}
            </Typography.Text>
            <Typography.Text type="secondary">· {t('catalogue.hall.guide')}</Typography.Text>
          </Flex>
        }
        extra={
          <Flex gap={8} wrap>
            {actions.apply ? (
              <Button type="primary" icon={<FormOutlined />} onClick={() => void navigate(`/cases/new?item=${encoded}`)}>
                {t('catalogue.hall.apply')}
              </Button>
            ) : null}
            {actions.walkIn ? actions.walkInEnabled ? walkInButton : <Tooltip title={t('catalogue.hall.walkInUnavailable')}>{walkInButton}</Tooltip> : null}
            <BackToHall />
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        {d.status === 'withdrawn' ? <Alert type="warning" showIcon title={t('catalogue.hall.withdrawnNotice')} /> : null}
        {actions.onlineUnavailable ? <Alert type="info" showIcon title={t('catalogue.hall.onlineUnavailable')} /> : null}
        <Card title={t('catalogue.hall.basicInfo')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
            items={[
              { key: 'code', label: t('catalogue.item.code'), children: <span className="mono">{d.code}</span> },
              { key: 'category', label: t('catalogue.item.category'), children: <CategoryTag category={d.category} /> },
              { key: 'promised', label: t('catalogue.item.promisedDays'), children: <PromisedDays days={d.promisedDays} /> },
              { key: 'lead', label: t('catalogue.item.leadDepartment'), children: d.leadDepartment.name },
              {
                key: 'co',
                label: t('catalogue.item.coDepartments'),
                children: d.coDepartments.length > 0 ? d.coDepartments.map((c) => c.name).join(t('common.listSeparator')) : t('catalogue.item.noCoDepartments'),
              },
              { key: 'channels', label: t('catalogue.item.channels'), children: <ChannelTags channels={d.channels} /> },
              {
                key: 'version',
                label: t('catalogue.item.version'),
                children: `${t('catalogue.item.versionValue', { version: d.version })} · ${formatDate(d.updatedAt)}`,
              },
            ]}
          />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={t('catalogue.item.conditions')} className="full-height">
              {d.conditions.length > 0 ? (
                <ol className="guide-list">
                  {d.conditions.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ol>
              ) : (
                <Typography.Text type="secondary">{t('catalogue.hall.noConditions')}</Typography.Text>
              )}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('catalogue.item.description')} className="full-height">
              <p className="guide-text">{d.description || t('catalogue.hall.noDescription')}</p>
            </Card>
          </Col>
        </Row>
        <Card title={t('catalogue.item.materials')}>
          <MaterialsTable materials={d.materials} />
        </Card>
        <Card title={t('catalogue.item.legalBasis')}>
          <p className="guide-text">{d.legalBasis || t('catalogue.hall.noLegalBasis')}</p>
        </Card>
        <Card title={t('catalogue.item.relatedResources')}>
          {d.relatedResources.length > 0 ? (
            <ul className="related-list">
              {d.relatedResources.map((r) => (
                <li key={r.id}>
                  <Link to={`/hall/resources/${encodeURIComponent(r.id)}`}>{r.name}</Link> <KindTag kind={r.kind} />
                  <StatusTag status={r.status} hideInForce />
                </li>
              ))}
            </ul>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogue.hall.noRelatedResources')} />
          )}
        </Card>
      </Flex>
    </>
  );
}
