import { CheckCircleFilled, CloseCircleFilled, FileSearchOutlined, MinusCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Collapse, Descriptions, Flex, Form, Input, List, Progress, Space, Typography, Upload } from 'antd';
import { sha256 as sha256Of } from '@noble/hashes/sha2.js';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime } from '../../format.ts';
import { FileHasher } from './file-hasher.ts';
import { logInfoQuery } from './safebox-api.ts';
import { formatBytes, parseKeepFile } from './safebox-model.ts';
import { parseEntry, parseTlogProof, toHex, utf8, verifyReceipt, type CheckId, type ReceiptVerification } from './tlog-verify.ts';
import './locale.ts';
import './safebox.css';

const HEX64 = /^[0-9a-fA-F]{64}$/;
const checkOrder: CheckId[] = ['receipt', 'commitment', 'inclusion', 'logSignature', 'cosignatures'];

/**
 * 存证核验 (public, no login): the file is hashed in a Web Worker, and the receipt is checked in
 * the browser by tlog-verify.ts against the log key (fetched from the platform, or pasted).
 */
export default function VerifyPage() {
  return (
    <App className="verify-page">
      <Verify />
    </App>
  );
}

function Verify() {
  const { t } = useTranslation();
  const info = useQuery(logInfoQuery);
  // The certificate's QR code: ?receipt=<SHA-256 of the receipt text>&index=<deposit number>.
  const [search] = useSearchParams();
  const certHash = /^[0-9a-f]{64}$/i.test(search.get('receipt') ?? '') ? (search.get('receipt') as string).toLowerCase() : null;
  const certIndex = search.get('index');
  const hasher = useRef<FileHasher | null>(null);
  const [file, setFile] = useState<{ name: string; size: number; done: number } | null>(null);
  const [sha256, setSha256] = useState('');
  const [receipt, setReceipt] = useState('');
  const [salt, setSalt] = useState('');
  const [keepSha, setKeepSha] = useState<string | null>(null);
  const [logKey, setLogKey] = useState('');
  const [notaryKeys, setNotaryKeys] = useState('');
  const [requireNotary, setRequireNotary] = useState(false);
  const [result, setResult] = useState<ReceiptVerification | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const h = new FileHasher();
    hasher.current = h;
    return () => h.dispose();
  }, []);

  // The platform's keys pre-fill the fields (still editable: paste keys from elsewhere).
  useEffect(() => {
    if (!info.data) return;
    setLogKey((k) => k || info.data.logKey);
    setNotaryKeys((k) => k || info.data.notaryKeys.map((n) => n.verifierKey).join('\n'));
  }, [info.data]);

  const pickFile = (f: File) => {
    const h = hasher.current;
    if (!h) return;
    setResult(null);
    setSha256('');
    setFile({ name: f.name, size: f.size, done: 0 });
    h.hash(f, (done) => setFile((x) => (x ? { ...x, done } : x))).result.then(
      (r) => {
        setFile((x) => (x ? { ...x, done: r.bytes } : x));
        setSha256(r.sha256);
      },
      () => setFile(null),
    );
  };

  const readText = (f: File, then: (text: string) => void) => {
    void f.text().then(then);
  };

  const saltInReceipt = (() => {
    try {
      const p = parseTlogProof(receipt);
      return p.extra ? parseEntry(p.extra).salt : null;
    } catch {
      return null;
    }
  })();

  const run = () => {
    const ready = HEX64.test(sha256.trim()) && receipt.trim() !== '' && HEX64.test(salt.trim()) && logKey.trim() !== '';
    setMissing(!ready);
    if (!ready) return;
    const keys = notaryKeys.split('\n').map((k) => k.trim()).filter((k) => k !== '');
    setResult(verifyReceipt({ receipt, sha256, salt, logKey, cosignerKeys: keys, requireCosigners: requireNotary ? 1 : 0 }));
  };

  const hashing = file !== null && sha256 === '';
  const receiptHash = receipt === '' ? '' : toHex(sha256Of(utf8(receipt)));
  const percent = file && file.size > 0 ? Math.floor((file.done / file.size) * 100) : 0;
  const notaryName = (name: string) => info.data?.notaryKeys.find((n) => n.verifierKey.startsWith(`${name}+`))?.notaryName ?? name;

  return (
    <>
      <header className="login-topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden>
            云
          </span>
          <span className="brand-name">{t('app.fullName')}</span>
        </Link>
        <Space>
          <LanguageSwitch />
          <Link to="/login">{t('safebox.verify.signIn')}</Link>
        </Space>
      </header>
      <main className="verify-main" id="main">
        <PageHeader title={t('safebox.verify.title')} subTitle={t('safebox.verify.subtitle')} />
        <Flex vertical gap={16}>
          <Card className="verify-step" title={`1. ${t('safebox.verify.stepFile')}`}>
            <Typography.Paragraph type="secondary">{t('safebox.verify.stepFileHint')}</Typography.Paragraph>
            <Upload
              showUploadList={false}
              beforeUpload={(f) => {
                pickFile(f);
                return false;
              }}
            >
              <Button icon={<FileSearchOutlined />}>{t('safebox.verify.pickFile')}</Button>
            </Upload>
            {file ? (
              <div className="block-gap">
                <div className="break-all">
                  {file.name} · {formatBytes(file.size)}
                </div>
                {hashing ? <Progress percent={percent} status="active" format={(p) => t('safebox.verify.hashingFile', { percent: p ?? 0 })} /> : null}
              </div>
            ) : null}
            <Form.Item label={t('safebox.verify.orSha256')} htmlFor="verify-sha256" layout="vertical" className="block-gap">
              <Input id="verify-sha256" className="mono" value={sha256} maxLength={64} onChange={(e) => { setSha256(e.target.value.trim()); setFile(null); setResult(null); }} />
            </Form.Item>
            {keepSha && HEX64.test(sha256) && keepSha !== sha256.toLowerCase() ? <Alert type="warning" showIcon title={t('safebox.verify.keepMismatch')} /> : null}
          </Card>

          <Card className="verify-step" title={`2. ${t('safebox.verify.stepReceipt')}`}>
            <Typography.Paragraph type="secondary">{t('safebox.verify.stepReceiptHint')}</Typography.Paragraph>
            <Upload
              accept=".tlog-proof,.txt,text/plain"
              showUploadList={false}
              beforeUpload={(f) => {
                readText(f, (text) => {
                  setReceipt(text);
                  setResult(null);
                });
                return false;
              }}
            >
              <Button icon={<FileSearchOutlined />}>{t('safebox.verify.pickReceipt')}</Button>
            </Upload>
            <Form.Item label={t('safebox.verify.receiptText')} htmlFor="verify-receipt" layout="vertical" className="block-gap">
              <Input.TextArea id="verify-receipt" className="mono" value={receipt} autoSize={{ minRows: 4, maxRows: 12 }} onChange={(e) => { setReceipt(e.target.value); setResult(null); }} />
            </Form.Item>
            {certHash ? (
              <Alert
                type={receipt === '' ? 'info' : receiptHash === certHash ? 'success' : 'warning'}
                showIcon
                title={t('safebox.verify.certRef', { index: certIndex ?? '', hash: certHash })}
                description={receipt === '' ? undefined : receiptHash === certHash ? t('safebox.verify.certMatch') : t('safebox.verify.certMismatch')}
                className="break-all"
              />
            ) : null}
          </Card>

          <Card className="verify-step" title={`3. ${t('safebox.verify.stepSalt')}`}>
            <Typography.Paragraph type="secondary">{t('safebox.verify.stepSaltHint')}</Typography.Paragraph>
            <Space wrap>
              <Upload
                accept=".json,application/json"
                showUploadList={false}
                beforeUpload={(f) => {
                  readText(f, (text) => {
                    const k = parseKeepFile(text);
                    if (k) {
                      setSalt(k.salt);
                      setKeepSha(k.sha256);
                      setResult(null);
                    }
                  });
                  return false;
                }}
              >
                <Button icon={<FileSearchOutlined />}>{t('safebox.verify.pickKeep')}</Button>
              </Upload>
              {saltInReceipt && salt === '' ? (
                <Button type="link" onClick={() => setSalt(saltInReceipt)}>
                  {t('safebox.verify.saltFromReceipt')}
                </Button>
              ) : null}
            </Space>
            <Form.Item label={t('safebox.verify.saltLabel')} htmlFor="verify-salt" layout="vertical" className="block-gap">
              <Input id="verify-salt" className="mono" value={salt} maxLength={64} onChange={(e) => { setSalt(e.target.value.trim()); setResult(null); }} />
            </Form.Item>
          </Card>

          <Card className="verify-step" title={`4. ${t('safebox.verify.stepKeys')}`}>
            <Typography.Paragraph type="secondary">{t('safebox.verify.stepKeysHint')}</Typography.Paragraph>
            {info.error ? <Alert type="warning" showIcon title={t('safebox.verify.keysLoadFailed')} className="safebox-gap-below" /> : null}
            <Form.Item label={t('safebox.verify.logKey')} htmlFor="verify-log-key" layout="vertical">
              <Input id="verify-log-key" className="mono" value={logKey} onChange={(e) => { setLogKey(e.target.value); setResult(null); }} />
            </Form.Item>
            <Form.Item label={t('safebox.verify.notaryKeys')} htmlFor="verify-notary-keys" layout="vertical">
              <Input.TextArea id="verify-notary-keys" className="mono" value={notaryKeys} autoSize={{ minRows: 1, maxRows: 6 }} onChange={(e) => { setNotaryKeys(e.target.value); setResult(null); }} />
            </Form.Item>
            <Checkbox checked={requireNotary} onChange={(e) => { setRequireNotary(e.target.checked); setResult(null); }}>
              {t('safebox.verify.requireNotary')}
            </Checkbox>
          </Card>

          <Flex gap={12} align="center" wrap>
            <Button type="primary" size="large" icon={<SafetyCertificateOutlined />} disabled={hashing} onClick={run}>
              {t('safebox.verify.run')}
            </Button>
            {missing ? <Typography.Text type="danger">{t('safebox.verify.missing')}</Typography.Text> : null}
          </Flex>

          {result ? <Outcome result={result} sha256={sha256.toLowerCase()} notaryName={notaryName} /> : null}
          <Typography.Paragraph type="secondary">{t('safebox.verify.offline')}</Typography.Paragraph>
        </Flex>
      </main>
    </>
  );
}

function Outcome({ result, sha256, notaryName }: { result: ReceiptVerification; sha256: string; notaryName: (keyName: string) => string }) {
  const { t } = useTranslation();
  const time = result.entry ? formatDateTime(new Date(result.entry.time)) : '';
  const passed = new Map(result.checks.map((c) => [c.id, c]));
  const cosigned = result.cosignatures;

  return (
    <Card>
      <Alert
        role="status"
        type={result.ok ? 'success' : 'error'}
        showIcon
        title={result.ok ? t('safebox.verify.okTitle') : t('safebox.verify.failTitle')}
        description={
          result.ok
            ? t('safebox.verify.okText', { time, index: result.index ?? 0, size: result.treeSize ?? 0 })
            : result.failure
              ? t(`safebox.verify.fail.${result.failure.code}`)
              : undefined
        }
      />
      <List
        className="safebox-checks block-gap"
        header={<strong>{t('safebox.verify.steps')}</strong>}
        dataSource={checkOrder}
        renderItem={(id) => {
          const c = passed.get(id);
          const icon = !c ? <MinusCircleOutlined /> : c.ok ? <CheckCircleFilled className="safebox-check-ok" /> : <CloseCircleFilled className="safebox-check-fail" />;
          return (
            <List.Item data-check={id} data-ok={c ? String(c.ok) : 'skipped'}>
              <Space align="start">
                {icon}
                <div>
                  <div>{t(`safebox.verify.check.${id}`)}</div>
                  {c && !c.ok && c.code ? (
                    <Typography.Text type="danger">
                      {t(`safebox.verify.fail.${c.code}`)} <Typography.Text type="secondary">({c.detail})</Typography.Text>
                    </Typography.Text>
                  ) : null}
                  {id === 'cosignatures' && c ? (
                    <ul className="safebox-cosigners">
                      {cosigned.length === 0 ? <li>{t('safebox.verify.noCosignature')}</li> : null}
                      {cosigned.map((s) => (
                        <li key={`${s.name}+${s.keyId}`} data-cosigner={s.name} data-verified={String(s.verified)}>
                          {s.verified
                            ? s.timestamp !== undefined
                              ? t('safebox.verify.cosignedBy', { name: notaryName(s.name), time: formatDateTime(new Date(s.timestamp * 1000)) })
                              : t('safebox.verify.cosignedByNoTime', { name: notaryName(s.name) })
                            : t('safebox.verify.unknownSigner', { name: s.name })}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              </Space>
            </List.Item>
          );
        }}
      />
      <Collapse
        ghost
        items={[
          {
            key: 'details',
            label: t('safebox.verify.details'),
            children: (
              <Descriptions column={1} size="small">
                {result.entry ? <Descriptions.Item label={t('safebox.verify.depositedAt')}>{time}</Descriptions.Item> : null}
                {result.index !== undefined ? <Descriptions.Item label={t('safebox.field.index')}>{result.index}</Descriptions.Item> : null}
                {result.treeSize !== undefined ? <Descriptions.Item label={t('safebox.verify.treeSize')}>{result.treeSize}</Descriptions.Item> : null}
                {result.origin ? <Descriptions.Item label={t('safebox.field.origin')}><span className="mono break-all">{result.origin}</span></Descriptions.Item> : null}
                {result.rootHash ? <Descriptions.Item label={t('safebox.verify.rootHash')}><span className="mono break-all">{result.rootHash}</span></Descriptions.Item> : null}
                {result.leafHash ? <Descriptions.Item label={t('safebox.field.leafHash')}><span className="mono break-all">{result.leafHash}</span></Descriptions.Item> : null}
                <Descriptions.Item label={t('safebox.verify.fileSha256')}><span className="mono break-all">{sha256}</span></Descriptions.Item>
              </Descriptions>
            ),
          },
        ]}
      />
    </Card>
  );
}
