import { ArrowLeftOutlined, CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { NotarisationView } from '@yunju/contracts';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { formatDateTime } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { countersign, notarisationQuery, rejectNotarisation } from './safebox-api.ts';
import { NotarisationTag } from './safebox-tags.tsx';
import { verifyStatement } from './tlog-verify.ts';
import './locale.ts';
import './safebox.css';

/** 公证审核 of one request: the enterprise's identity, the deposit's description; sign or return. */
export default function NotaryReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useQuery(notarisationQuery(id));
  const n = q.data;
  const [dialog, setDialog] = useState<'sign' | 'reject' | null>(null);

  return (
    <>
      <PageHeader
        title={n ? t('safebox.notary.reviewTitle', { title: n.deposit.title }) : t('safebox.notary.queueTitle')}
        subTitle={n ? <NotarisationTag status={n.status} /> : undefined}
        extra={
          <Space wrap>
            {n?.status === 'requested' ? (
              <>
                <Button type="primary" icon={<CheckOutlined />} onClick={() => setDialog('sign')}>
                  {t('safebox.notary.countersign')}
                </Button>
                <Button danger icon={<RollbackOutlined />} onClick={() => setDialog('reject')}>
                  {t('safebox.notary.reject')}
                </Button>
              </>
            ) : null}
            <Link to="/safebox/notary">
              <ArrowLeftOutlined /> {t('safebox.notary.back')}
            </Link>
          </Space>
        }
      />
      {q.error ? <LoadFailedAlert error={q.error} onRetry={() => q.refetch()} /> : !n ? <Skeleton active /> : <Review n={n} />}
      {n ? <SignModal open={dialog === 'sign'} id={n.id} onClose={() => setDialog(null)} /> : null}
      {n ? <RejectModal open={dialog === 'reject'} id={n.id} onClose={() => setDialog(null)} /> : null}
    </>
  );
}

function Review({ n }: { n: NotarisationView }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t('safebox.notary.enterpriseSection')}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('safebox.field.enterprise')}>{n.enterprise.name}</Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.uscc')}>
              <span className="mono">{n.enterprise.uscc ?? t('common.empty')}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('safebox.notary.requestSection')} className="block-gap">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('safebox.detail.requestedAt')}>{formatDateTime(n.requestedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('safebox.notary.note')}>{n.note ?? t('common.empty')}</Descriptions.Item>
            {n.decidedAt ? (
              <Descriptions.Item label={t('safebox.detail.decidedAt')}>
                {n.notaryName ? t('safebox.notary.decidedBy', { name: n.notaryName, time: formatDateTime(n.decidedAt) }) : formatDateTime(n.decidedAt)}
              </Descriptions.Item>
            ) : null}
            {n.reason ? <Descriptions.Item label={t('safebox.detail.reason')}>{n.reason}</Descriptions.Item> : null}
            {n.notaryKey ? (
              <Descriptions.Item label={t('safebox.detail.notaryKey')}>
                <span className="safebox-key">{n.notaryKey}</span>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('safebox.notary.depositSection')}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('safebox.field.title')}>{n.deposit.title}</Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.category')}>{n.deposit.category ? labelOf('safebox.category', n.deposit.category) : t('common.empty')}</Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.description')}>
              <span className="break-all">{n.deposit.description ?? t('common.empty')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.index')}>{n.deposit.index}</Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.depositedAt')}>{formatDateTime(n.deposit.depositedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.sha256')}>
              <Typography.Text className="mono break-all">{n.deposit.sha256}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {n.statement ? (
          <Card title={t('safebox.notary.statement')} className="block-gap">
            <pre className="safebox-statement" data-testid="notarial-statement">
              {n.statement}
            </pre>
            {n.notaryKey ? <StatementVerdict statement={n.statement} notaryKey={n.notaryKey} index={n.deposit.index} /> : null}
          </Card>
        ) : null}
      </Col>
    </Row>
  );
}

/** The statement's signature, checked here with the notary's public key (not taken on trust from the server). */
function StatementVerdict({ statement, notaryKey, index }: { statement: string; notaryKey: string; index: number }) {
  const { t } = useTranslation();
  const v = verifyStatement(statement, notaryKey);
  const ok = v.ok && v.index === index;
  return <Alert type={ok ? 'success' : 'error'} showIcon title={ok ? t('safebox.notary.statementOk') : t('safebox.notary.statementBad')} description={ok ? undefined : v.detail} className="block-gap" data-testid="statement-verdict" />;
}

function SignModal({ open, id, onClose }: { open: boolean; id: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<{ passphrase: string; remark?: string }>
      open={open}
      title={t('safebox.notary.countersignTitle')}
      okText={t('safebox.notary.countersign')}
      name="countersign"
      action={(v) => countersign(id, { passphrase: v.passphrase, ...(v.remark?.trim() ? { remark: v.remark.trim() } : {}) })}
      success={t('safebox.notary.countersigned')}
      onClose={onClose}
      errorAs="problem"
      intro={<Alert type="warning" showIcon title={t('safebox.notary.countersignHint')} className="safebox-gap-below" />}
    >
      <Form.Item label={t('safebox.notary.passphrase')} name="passphrase" rules={[{ required: true, message: t('safebox.notary.passphrase') }]}>
        <Input.Password autoComplete="current-password" maxLength={200} autoFocus />
      </Form.Item>
      <Form.Item label={t('safebox.notary.remark')} name="remark">
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}

function RejectModal({ open, id, onClose }: { open: boolean; id: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('safebox.notary.rejectTitle')}
      okText={t('safebox.notary.reject')}
      danger
      name="reject-notarisation"
      action={(v) => rejectNotarisation(id, { reason: v.reason.trim() })}
      success={t('safebox.notary.rejected')}
      onClose={onClose}
      errorAs="problem"
    >
      <Form.Item label={t('safebox.notary.rejectReason')} name="reason" rules={[{ required: true, whitespace: true, message: t('safebox.notary.rejectReasonRequired') }]}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 3, maxRows: 6 }} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
