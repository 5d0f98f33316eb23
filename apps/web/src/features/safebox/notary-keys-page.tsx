import { KeyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { NotaryKey } from '@yunju/contracts';
import { App, Button, Card, Descriptions, Form, Input, Popconfirm, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../components/use-submit.ts';
import { DataView } from '../../components/data-view.tsx';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert, ProblemAlert } from '../../components/problem-alert.tsx';
import { formatDateTime } from '../../format.ts';
import { notaryKeysQuery, registerNotaryKey, retireNotaryKey } from './safebox-api.ts';
import './locale.ts';
import './safebox.css';

interface RegisterValues {
  notaryUsername: string;
  verifierKey: string;
}

/** 公证员密钥登记 (bureau admin): register a notary's cosigner public key; retire old ones. */
export default function NotaryKeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const keys = useQuery(notaryKeysQuery);
  const [form] = Form.useForm<RegisterValues>();
  const { busy, error, run } = useSubmit();

  const register = (v: RegisterValues) =>
    run(() => registerNotaryKey({ notaryUsername: v.notaryUsername.trim(), verifierKey: v.verifierKey.trim() }), t('safebox.keys.registered'), () => form.resetFields());

  const retire = async (k: NotaryKey) => {
    try {
      await retireNotaryKey(k.id);
      void message.success(t('safebox.keys.retired'));
    } catch (e) {
      void message.error(messageOf(e));
    }
  };

  const status = (k: NotaryKey) => <Tag color={k.status === 'active' ? 'success' : 'default'}>{t(`safebox.keys.status.${k.status}`)}</Tag>;
  const retireButton = (k: NotaryKey) =>
    k.status === 'active' ? (
      <Popconfirm title={t('safebox.keys.retireConfirm')} onConfirm={() => retire(k)}>
        <Button size="small" danger>
          {t('safebox.keys.retire')}
        </Button>
      </Popconfirm>
    ) : null;

  const columns: TableColumnsType<NotaryKey> = [
    { title: t('safebox.keys.notary'), dataIndex: 'notaryName' },
    { title: t('safebox.keys.verifierKey'), dataIndex: 'verifierKey', render: (v: string) => <span className="safebox-key">{v}</span> },
    { title: t('safebox.keys.statusLabel'), key: 'status', render: (_, k) => status(k) },
    { title: t('safebox.keys.registeredAt'), dataIndex: 'registeredAt', render: (v: string) => <span className="nowrap">{formatDateTime(v)}</span> },
    { title: t('safebox.keys.retiredAt'), dataIndex: 'retiredAt', render: (v: string | null) => (v ? <span className="nowrap">{formatDateTime(v)}</span> : t('common.empty')) },
    { title: '', key: 'actions', render: (_, k) => retireButton(k) },
  ];

  const rows = keys.data ?? [];
  return (
    <>
      <PageHeader title={t('safebox.keys.title')} subTitle={t('safebox.keys.subtitle')} />
      <Card title={<><KeyOutlined /> {t('safebox.keys.register')}</>} className="block-gap">
        <Form<RegisterValues> form={form} layout="vertical" name="register-notary-key" onFinish={(v) => void register(v)}>
          <Form.Item label={t('safebox.keys.notaryUsername')} name="notaryUsername" rules={[{ required: true, whitespace: true, message: t('safebox.keys.notaryUsername') }]}>
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('safebox.keys.verifierKey')} name="verifierKey" extra={t('safebox.keys.verifierKeyHint')} rules={[{ required: true, whitespace: true, message: t('safebox.keys.verifierKey') }]}>
            <Input.TextArea className="mono" maxLength={300} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
          {error ? <div className="block-gap"><ProblemAlert error={error} /></div> : null}
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('safebox.keys.register')}
          </Button>
        </Form>
      </Card>
      {keys.error ? (
        <LoadFailedAlert error={keys.error} onRetry={() => keys.refetch()} />
      ) : (
        <DataView<NotaryKey>
          rows={keys.data}
          rowKey={(k) => k.id}
          columns={columns}
          loading={keys.isFetching}
          ariaLabel={t('safebox.keys.ariaLabel')}
          emptyText={t('safebox.keys.empty')}
          pagination={{ page: 1, pageSize: Math.max(rows.length, 10), total: rows.length, onChange: () => undefined }}
          renderCard={(k) => (
            <Card size="small" title={k.notaryName} extra={status(k)}>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('safebox.keys.verifierKey')}>
                  <span className="safebox-key">{k.verifierKey}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('safebox.keys.registeredAt')}>{formatDateTime(k.registeredAt)}</Descriptions.Item>
                {k.retiredAt ? <Descriptions.Item label={t('safebox.keys.retiredAt')}>{formatDateTime(k.retiredAt)}</Descriptions.Item> : null}
              </Descriptions>
              {retireButton(k)}
            </Card>
          )}
        />
      )}
    </>
  );
}
