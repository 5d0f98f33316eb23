import { ArrowLeftOutlined, AuditOutlined, DownloadOutlined, FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { DepositDetail } from '@yunju/contracts';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, List, Row, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { downloadFile } from '../../components/download.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { formatDateTime } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { depositQuery, fetchReceipt, requestNotarisation } from './safebox-api.ts';
import { formatBytes, keepFile, keepFileName, keepFileText, receiptFileName, safeFileName, saveAs } from './safebox-model.ts';
import { NotarisationTag, SequencedTag } from './safebox-tags.tsx';
import './locale.ts';
import './safebox.css';

/** 存证详情: the record, the downloads (receipt, keep file, certificate) and notarisation. */
export default function DepositDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useQuery(depositQuery(id));
  const d = detail.data;

  return (
    <>
      <PageHeader
        title={d ? d.title : t('safebox.detail.title')}
        subTitle={
          d ? (
            <Space wrap size={[8, 4]}>
              <SequencedTag sequenced={d.sequenced} />
              <NotarisationTag status={d.notarisation} />
              <span>
                {t('safebox.field.index')} {d.index}
              </span>
            </Space>
          ) : undefined
        }
        extra={
          <Link to="/safebox">
            <ArrowLeftOutlined /> {t('safebox.detail.back')}
          </Link>
        }
      />
      {detail.error ? <LoadFailedAlert error={detail.error} onRetry={() => detail.refetch()} /> : !d ? <Skeleton active /> : <Detail d={d} />}
    </>
  );
}

function Detail({ d }: { d: DepositDetail }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [busy, setBusy] = useState<string | null>(null);
  const [requesting, setRequesting] = useState(false);

  const run = async (key: string, work: () => Promise<string>) => {
    setBusy(key);
    try {
      const name = await work();
      void message.success(t('safebox.detail.downloaded', { name }));
    } catch (e) {
      void message.error(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const receipt = () =>
    run('receipt', async () => {
      const text = await fetchReceipt(d.id);
      const name = receiptFileName(d.title, d.index);
      saveAs(text, name);
      return name;
    });
  const keep = () =>
    run('keep', () => {
      const name = keepFileName(d.title, d.index);
      saveAs(keepFileText(keepFile(d)), name, 'application/json');
      return Promise.resolve(name);
    });
  const certificate = () => run('certificate', () => downloadFile(`/api/safebox/deposits/${encodeURIComponent(d.id)}/certificate`, undefined, `${safeFileName(d.title)}-${d.index}.pdf`));

  const n = d.notarisationDetail;
  const canRequest = can(user, 'safebox.deposit') && d.sequenced && (n === null || n.status === 'rejected');

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={t('safebox.detail.files')}>
          <Descriptions column={1} size="small" bordered className="safebox-descriptions">
            <Descriptions.Item label={t('safebox.field.category')}>{d.category ? labelOf('safebox.category', d.category) : t('common.empty')}</Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.description')}>
              <span className="break-all">{d.description ?? t('common.empty')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.fileName')}>
              <span className="break-all">{d.fileName ?? t('common.empty')}</span>
              {d.fileSize !== null ? <Typography.Text type="secondary"> · {formatBytes(d.fileSize)}</Typography.Text> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.depositedAt')}>{formatDateTime(d.depositedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.sha256')}>
              <Typography.Text className="mono break-all" copyable>
                {d.sha256}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.salt')}>
              <Typography.Text className="mono break-all" copyable>
                {d.salt}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.leafHash')}>
              <Typography.Text className="mono break-all">{d.leafHash}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('safebox.field.origin')}>
              <Typography.Text className="mono break-all">{d.origin}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('safebox.detail.downloads')}>
          {!d.sequenced ? <Alert type="info" showIcon title={t('safebox.detail.notWaiting')} className="safebox-gap-below" /> : null}
          <List itemLayout="vertical" split>
            <List.Item>
              <Button icon={<DownloadOutlined />} disabled={!d.sequenced} loading={busy === 'receipt'} onClick={() => void receipt()}>
                {t('safebox.detail.receipt')}
              </Button>
              <div className="card-hint">{t('safebox.detail.receiptHint')}</div>
            </List.Item>
            <List.Item>
              <Button icon={<DownloadOutlined />} loading={busy === 'keep'} onClick={() => void keep()}>
                {t('safebox.detail.keep')}
              </Button>
              <div className="card-hint">{t('safebox.detail.keepHint')}</div>
            </List.Item>
            <List.Item>
              <Button icon={<FilePdfOutlined />} disabled={!d.sequenced} loading={busy === 'certificate'} onClick={() => void certificate()}>
                {t('safebox.detail.certificate')}
              </Button>
              <div className="card-hint">{t('safebox.detail.certificateHint')}</div>
            </List.Item>
            <List.Item>
              <Button type="link" icon={<SafetyCertificateOutlined />} href="/safebox/verify" target="_blank" rel="noopener">
                {t('safebox.detail.verifyHere')}
              </Button>
            </List.Item>
          </List>
        </Card>
        <Card
          title={t('safebox.detail.notarisationTitle')}
          className="block-gap"
          extra={
            canRequest ? (
              <Button type="primary" icon={<AuditOutlined />} onClick={() => setRequesting(true)}>
                {t('safebox.detail.requestNotarisation')}
              </Button>
            ) : null
          }
        >
          {n === null ? (
            <Typography.Paragraph type="secondary">{t('safebox.detail.notRequested')}</Typography.Paragraph>
          ) : (
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('safebox.field.notarisation')}>
                <NotarisationTag status={n.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('safebox.detail.requestedAt')}>{formatDateTime(n.requestedAt)}</Descriptions.Item>
              {n.decidedAt ? <Descriptions.Item label={t('safebox.detail.decidedAt')}>{formatDateTime(n.decidedAt)}</Descriptions.Item> : null}
              {n.notaryName ? <Descriptions.Item label={t('safebox.detail.notaryName')}>{n.notaryName}</Descriptions.Item> : null}
              {n.notaryKey ? (
                <Descriptions.Item label={t('safebox.detail.notaryKey')}>
                  <span className="safebox-key">{n.notaryKey}</span>
                </Descriptions.Item>
              ) : null}
              {n.reason ? <Descriptions.Item label={t('safebox.detail.reason')}>{n.reason}</Descriptions.Item> : null}
            </Descriptions>
          )}
          {n?.status === 'countersigned' ? <Alert type="success" showIcon title={t('safebox.detail.countersignedHint')} /> : null}
        </Card>
      </Col>
      <RequestModal open={requesting} depositId={d.id} onClose={() => setRequesting(false)} />
    </Row>
  );
}

function RequestModal({ open, depositId, onClose }: { open: boolean; depositId: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<{ note?: string }>
      open={open}
      title={t('safebox.detail.requestTitle')}
      okText={t('safebox.detail.requestSubmit')}
      name="notarisation-request"
      action={({ note }) => requestNotarisation(depositId, note?.trim() ? { note: note.trim() } : {})}
      success={t('safebox.detail.requested')}
      onClose={onClose}
      errorAs="problem"
      intro={<Typography.Paragraph>{t('safebox.detail.requestHint')}</Typography.Paragraph>}
    >
      <Form.Item label={t('safebox.detail.requestNote')} name="note">
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
