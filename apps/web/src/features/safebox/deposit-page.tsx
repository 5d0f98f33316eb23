import { CheckCircleFilled, DeleteOutlined, DownloadOutlined, FileProtectOutlined, InboxOutlined, LockOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { safeboxCategories, type DepositCreated, type DepositInput, type SafeboxCategory } from '@yunju/contracts';
import { Alert, App, Button, Card, Col, Flex, Form, Input, List, Progress, Result, Row, Select, Space, Tag, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { labelOf } from '../../i18n/labels.ts';
import { FileHasher, randomSaltHex } from './file-hasher.ts';
import { createDeposits, depositQuery, fetchReceipt } from './safebox-api.ts';
import { formatBytes, keepFile, keepFileName, keepFileText, receiptFileName, saveAs, titleFromFileName } from './safebox-model.ts';
import './locale.ts';
import './safebox.css';

interface Row {
  key: number;
  file: File;
  done: number;
  sha256: string | null;
  ms: number | null;
  error: string | null;
  salt: string;
  title: string;
  category: SafeboxCategory | undefined;
  description: string;
}

interface Submitted {
  created: DepositCreated;
  row: Row;
}

/** 新建存证: files hashed in a Web Worker on this computer; only the hash and a random salt are sent. */
export default function DepositPage() {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const hasher = useRef<FileHasher | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState<Submitted[] | null>(null);

  useEffect(() => {
    const h = new FileHasher();
    hasher.current = h;
    return () => h.dispose();
  }, []);

  const update = (key: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const add = (file: File) => {
    const h = hasher.current;
    if (!h) return;
    const { id, result } = h.hash(file, (done) => update(id, { done }));
    setRows((all) => [
      ...all,
      { key: id, file, done: 0, sha256: null, ms: null, error: null, salt: randomSaltHex(), title: titleFromFileName(file.name), category: undefined, description: '' },
    ]);
    result.then(
      (r) => update(id, { sha256: r.sha256, ms: r.ms, done: r.bytes }),
      (e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') return;
        update(id, { error: e instanceof Error ? e.message : String(e) });
      },
    );
  };

  const remove = (key: number) => {
    hasher.current?.cancel(key);
    setRows((all) => all.filter((r) => r.key !== key));
  };

  const allHashed = rows.length > 0 && rows.every((r) => r.sha256 !== null);
  const titlesOk = rows.every((r) => r.title.trim() !== '');

  const submit = async () => {
    setAttempted(true);
    if (!allHashed || !titlesOk) return;
    setBusy(true);
    setError(null);
    try {
      const items: DepositInput[] = rows.map((r) => ({
        sha256: r.sha256 as string,
        salt: r.salt,
        title: r.title.trim(),
        ...(r.category ? { category: r.category } : {}),
        ...(r.description.trim() ? { description: r.description.trim() } : {}),
        fileName: r.file.name.slice(0, 255),
        fileSize: r.file.size,
      }));
      const created = await createDeposits(items);
      setSubmitted(created.items.map((c, i) => ({ created: c, row: rows[i] as Row })));
      setRows([]);
      setAttempted(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (submitted) {
    return (
      <>
        <PageHeader title={t('safebox.deposit.title')} />
        <Submitted items={submitted} onAgain={() => setSubmitted(null)} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('safebox.deposit.title')} subTitle={t('safebox.deposit.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Alert type="success" showIcon icon={<LockOutlined />} title={t('safebox.deposit.privacyTitle')} description={t('safebox.deposit.privacy')} className="full-height" />
        </Col>
        <Col xs={24} lg={12}>
          <Alert type="warning" showIcon icon={<FileProtectOutlined />} title={t('safebox.deposit.keepTitle')} description={t('safebox.deposit.keep')} className="full-height" />
        </Col>
      </Row>
      <Upload.Dragger
        className="safebox-picker"
        multiple
        showUploadList={false}
        // Nothing is uploaded: each file goes to the hashing worker instead.
        beforeUpload={(file) => {
          add(file);
          return false;
        }}
        aria-label={t('safebox.deposit.pickLabel')}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('safebox.deposit.pick')}</p>
        <p className="ant-upload-hint">{t('safebox.deposit.pickHint')}</p>
      </Upload.Dragger>

      <Flex vertical gap={12} className="block-gap">
        {rows.map((r) => (
          <FileRow key={r.key} row={r} attempted={attempted} onChange={(patch) => update(r.key, patch)} onRemove={() => remove(r.key)} />
        ))}
      </Flex>

      {error ? <div className="block-gap"><ProblemAlert error={error} title={messageOf(error)} /></div> : null}
      <Flex gap={12} wrap align="center" className="block-gap">
        <Button type="primary" size="large" icon={<FileProtectOutlined />} loading={busy} disabled={rows.length === 0} onClick={() => void submit()}>
          {rows.length > 1 ? t('safebox.deposit.submitMany', { count: rows.length }) : t('safebox.deposit.submit')}
        </Button>
        <Typography.Text type="secondary">
          {rows.length === 0 ? t('safebox.deposit.noFiles') : !allHashed ? t('safebox.deposit.waitHashing') : t('safebox.deposit.fileCount', { count: rows.length })}
        </Typography.Text>
      </Flex>
    </>
  );
}

function FileRow({ row, attempted, onChange, onRemove }: { row: Row; attempted: boolean; onChange: (patch: Partial<Row>) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const percent = row.file.size === 0 ? (row.sha256 ? 100 : 0) : Math.floor((row.done / row.file.size) * 100);
  const id = `deposit-${row.key}`;
  const titleMissing = attempted && row.title.trim() === '';
  return (
    <Card
      size="small"
      className="safebox-file"
      data-testid="deposit-file"
      title={
        <span className="safebox-file-title">
          <span className="break-all">{row.file.name}</span>
          <Typography.Text type="secondary" className="nowrap"> · {formatBytes(row.file.size)}</Typography.Text>
        </span>
      }
      extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('safebox.deposit.removeLabel', { name: row.file.name })} onClick={onRemove} />}
    >
      {row.error ? (
        <Alert type="error" showIcon title={t('safebox.deposit.hashFailed', { message: row.error })} />
      ) : row.sha256 ? (
        <div className="safebox-hash" data-testid="deposit-hash">
          <CheckCircleFilled className="safebox-ok" /> {t('safebox.deposit.hashed')}
          {row.ms !== null ? <Typography.Text type="secondary" data-ms={row.ms}> {t('safebox.deposit.hashSpeed', { seconds: (row.ms / 1000).toFixed(1) })}</Typography.Text> : null}
          <div>
            {t('safebox.deposit.fingerprint')}<Typography.Text className="mono break-all" copyable data-testid="deposit-sha256">{row.sha256}</Typography.Text>
          </div>
        </div>
      ) : (
        <Progress percent={percent} status="active" aria-label={t('safebox.deposit.hashing', { percent })} format={(p) => t('safebox.deposit.hashing', { percent: p ?? 0 })} />
      )}
      <Row gutter={16} className="block-gap">
        <Col xs={24} md={14}>
          <Form.Item label={t('safebox.field.title')} htmlFor={`${id}-title`} required layout="vertical" validateStatus={titleMissing ? 'error' : undefined} help={titleMissing ? t('safebox.deposit.titleRequired') : undefined}>
            <Input id={`${id}-title`} value={row.title} maxLength={200} placeholder={t('safebox.deposit.titlePlaceholder')} onChange={(e) => onChange({ title: e.target.value })} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item label={t('safebox.field.category')} htmlFor={`${id}-category`} layout="vertical">
            <Select<SafeboxCategory>
              id={`${id}-category`}
              allowClear
              value={row.category}
              options={safeboxCategories.map((c) => ({ value: c, label: labelOf('safebox.category', c) }))}
              onChange={(v) => onChange({ category: v ?? undefined })}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label={t('safebox.field.description')} htmlFor={`${id}-description`} layout="vertical" className="safebox-last-item">
            <Input.TextArea id={`${id}-description`} value={row.description} maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('safebox.deposit.descriptionPlaceholder')} onChange={(e) => onChange({ description: e.target.value })} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/** After submission: the keep file (salt) now, the receipt as soon as a checkpoint covers the entry. */
function Submitted({ items, onAgain }: { items: Submitted[]; onAgain: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <Result status="success" title={t('safebox.deposit.submitted', { count: items.length })} subTitle={t('safebox.deposit.submittedHint')} />
      <List
        className="safebox-submitted"
        bordered
        dataSource={items}
        rowKey={(s) => s.created.id}
        renderItem={(s) => <SubmittedItem item={s} />}
      />
      <Space wrap className="block-gap">
        <Button type="primary" onClick={() => void navigate('/safebox')}>
          {t('safebox.deposit.toList')}
        </Button>
        <Button onClick={onAgain}>{t('safebox.deposit.again')}</Button>
      </Space>
    </>
  );
}

function SubmittedItem({ item }: { item: Submitted }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const { created, row } = item;
  const detail = useQuery(depositQuery(created.id));
  const sequenced = detail.data?.sequenced ?? false;
  const title = row.title.trim();

  const downloadKeep = () => {
    const k = keepFile({ id: created.id, index: created.index, title, fileName: row.file.name, fileSize: row.file.size, sha256: row.sha256 ?? '', salt: row.salt, depositedAt: detail.data?.depositedAt ?? null });
    saveAs(keepFileText(k), keepFileName(title, created.index), 'application/json');
  };
  const downloadReceipt = async () => {
    try {
      const text = await fetchReceipt(created.id);
      const name = receiptFileName(title, created.index);
      saveAs(text, name);
      void message.success(t('safebox.detail.downloaded', { name }));
    } catch (e) {
      void message.error(messageOf(e));
    }
  };

  return (
    <List.Item
      data-testid="submitted-deposit"
      actions={[
        <Button key="keep" icon={<DownloadOutlined />} onClick={downloadKeep}>
          {t('safebox.deposit.downloadKeep')}
        </Button>,
        <Button key="receipt" icon={<DownloadOutlined />} disabled={!sequenced} onClick={() => void downloadReceipt()}>
          {t('safebox.deposit.downloadReceipt')}
        </Button>,
      ]}
    >
      <List.Item.Meta
        title={<Link to={`/safebox/deposits/${encodeURIComponent(created.id)}`}>{title}</Link>}
        description={
          <Space wrap size={[8, 4]}>
            <span>
              {t('safebox.field.index')} {created.index}
            </span>
            <Tag color={sequenced ? 'success' : 'processing'}>{sequenced ? t('safebox.status.recorded') : t('safebox.status.pending')}</Tag>
          </Space>
        }
      />
    </List.Item>
  );
}
