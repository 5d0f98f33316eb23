import { KeyOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { NotarisationStatus, type NotarisationView } from '@yunju/contracts';
import { Alert, Button, Card, Descriptions, Form, Input, Skeleton, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSubmit } from '../../components/use-submit.ts';
import { DataView } from '../../components/data-view.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert, ProblemAlert } from '../../components/problem-alert.tsx';
import { compactParams, intParam } from '../../components/search-params.ts';
import { formatDateTime } from '../../format.ts';
import { createKeystore, keystoreQuery, notarisationListQuery } from './safebox-api.ts';
import { NotarisationTag } from './safebox-tags.tsx';
import './locale.ts';
import './safebox.css';

const statuses = NotarisationStatus.options;
export const notarisationPath = (n: Pick<NotarisationView, 'id'>) => `/safebox/notary/${encodeURIComponent(n.id)}`;

/** 公证审核: the notary's queue (pending first) and the notary's own signing key. */
export default function NotaryQueuePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => {
    const s = search.get('status');
    return {
      status: s && (statuses as readonly string[]).includes(s) ? (s as NotarisationStatus) : ('requested' as NotarisationStatus),
      page: intParam(search.get('page'), 1),
      pageSize: intParam(search.get('pageSize'), 20, 200),
    };
  }, [search]);
  const list = useQuery({ ...notarisationListQuery(params), placeholderData: keepPreviousData });
  const setParams = (next: typeof params) =>
    setSearch(compactParams({ status: next.status === 'requested' ? undefined : next.status, page: next.page === 1 ? undefined : next.page, pageSize: next.pageSize === 20 ? undefined : next.pageSize }));

  const columns: TableColumnsType<NotarisationView> = [
    { title: t('safebox.detail.requestedAt'), dataIndex: 'requestedAt', render: (v: string) => <span className="nowrap">{formatDateTime(v)}</span> },
    { title: t('safebox.field.enterprise'), key: 'enterprise', render: (_, n) => n.enterprise.name },
    { title: t('safebox.field.title'), key: 'title', render: (_, n) => <Link to={notarisationPath(n)}>{n.deposit.title}</Link> },
    { title: t('safebox.field.index'), key: 'index', render: (_, n) => n.deposit.index },
    { title: t('safebox.field.notarisation'), dataIndex: 'status', render: (s: NotarisationStatus) => <NotarisationTag status={s} /> },
    {
      title: '',
      key: 'open',
      render: (_, n) => (
        <Link to={notarisationPath(n)} aria-label={`${t('safebox.notary.review')} ${n.deposit.title}`}>
          {t('safebox.notary.review')}
        </Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('safebox.notary.queueTitle')} />
      <KeystoreCard />
      <Tabs
        activeKey={params.status}
        items={statuses.map((s) => ({ key: s, label: t(`safebox.notary.tab.${s}`) }))}
        onChange={(key) => setParams({ ...params, status: key as NotarisationStatus, page: 1 })}
      />
      {list.error ? (
        <LoadFailedAlert error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <DataView<NotarisationView>
          rows={list.data?.items}
          rowKey={(n) => n.id}
          columns={columns}
          loading={list.isFetching}
          ariaLabel={t('safebox.notary.ariaLabel')}
          emptyText={t('safebox.notary.empty')}
          pagination={{ page: params.page, pageSize: params.pageSize, total: list.data?.total ?? 0, onChange: (page, pageSize) => setParams({ ...params, page, pageSize }) }}
          renderCard={(n) => (
            <Card size="small" title={<Link to={notarisationPath(n)}>{n.deposit.title}</Link>} extra={<NotarisationTag status={n.status} />}>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('safebox.field.enterprise')}>{n.enterprise.name}</Descriptions.Item>
                <Descriptions.Item label={t('safebox.detail.requestedAt')}>{formatDateTime(n.requestedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('safebox.field.index')}>{n.deposit.index}</Descriptions.Item>
              </Descriptions>
            </Card>
          )}
        />
      )}
    </>
  );
}

interface KeystoreValues {
  passphrase: string;
  again: string;
  signerKey?: string;
}

/** The notary's signing key: create (or import) it once, hand the public key to the bureau admin. */
function KeystoreCard() {
  const { t } = useTranslation();
  const ks = useQuery(keystoreQuery);
  const [form] = Form.useForm<KeystoreValues>();
  const { busy, error, run } = useSubmit();

  const submit = (v: KeystoreValues) =>
    run(() => createKeystore({ passphrase: v.passphrase, ...(v.signerKey?.trim() ? { signerKey: v.signerKey.trim() } : {}) }), t('safebox.notary.keystore.created'), () => form.resetFields());

  return (
    <Card size="small" className="block-gap" title={<><KeyOutlined /> {t('safebox.notary.keystore.title')}</>}>
      {ks.error ? (
        <LoadFailedAlert error={ks.error} onRetry={() => ks.refetch()} />
      ) : !ks.data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : ks.data.exists && ks.data.verifierKey ? (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('safebox.notary.keystore.verifierKey')}>
            <Typography.Text className="safebox-key" copyable={{ text: ks.data.verifierKey, tooltips: [t('safebox.notary.keystore.copy'), t('safebox.notary.keystore.copied')] }} data-testid="notary-verifier-key">
              {ks.data.verifierKey}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('safebox.notary.keystore.registration')}>
            {ks.data.registered ? <Tag color="success">{t('safebox.notary.keystore.registered')}</Tag> : <Tag color="warning">{t('safebox.notary.keystore.notRegistered')}</Tag>}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <>
          <Alert type="info" showIcon title={t('safebox.notary.keystore.none')} className="safebox-gap-below" />
          <Form<KeystoreValues> form={form} layout="vertical" name="notary-keystore" onFinish={(v) => void submit(v)}>
            <Form.Item label={t('safebox.notary.keystore.passphrase')} name="passphrase" rules={[{ required: true, min: 8, message: t('safebox.notary.keystore.passphrase') }]}>
              <Input.Password autoComplete="new-password" maxLength={200} />
            </Form.Item>
            <Form.Item
              label={t('safebox.notary.keystore.passphraseAgain')}
              name="again"
              dependencies={['passphrase']}
              rules={[
                { required: true, message: t('safebox.notary.keystore.passphraseMismatch') },
                ({ getFieldValue }) => ({
                  validator: (_, value) => (value === getFieldValue('passphrase') ? Promise.resolve() : Promise.reject(new Error(t('safebox.notary.keystore.passphraseMismatch')))),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" maxLength={200} />
            </Form.Item>
            <Form.Item label={t('safebox.notary.keystore.import')} name="signerKey" extra={t('safebox.notary.keystore.importHint')}>
              <Input.Password autoComplete="off" maxLength={500} />
            </Form.Item>
            {error ? <div className="block-gap"><ProblemAlert error={error} /></div> : null}
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('safebox.notary.keystore.create')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
