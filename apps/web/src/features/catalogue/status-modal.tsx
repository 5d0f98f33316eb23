import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/error-message.ts';
import { setStatus, type CatalogueKind } from './catalogue-api.ts';

export interface StatusTarget {
  kind: CatalogueKind;
  id: string;
  name: string;
  action: 'withdraw' | 'restore';
}

/** Withdraw (a reason is required) or restore (a reason may be given) an item or a resource. */
export function StatusModal({ target, onClose }: { target: StatusTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const withdraw = target?.action === 'withdraw';

  useEffect(() => {
    if (target) {
      form.resetFields();
      setProblem(null);
    }
  }, [target, form]);

  const submit = async ({ reason }: { reason: string }) => {
    if (!target) return;
    setBusy(true);
    setProblem(null);
    try {
      await setStatus(target.kind, target.id, target.action, reason ?? '');
      void message.success(withdraw ? t('catalogue.manage.withdrawn') : t('catalogue.manage.restored'));
      onClose();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={target !== null}
      title={target ? t(withdraw ? 'catalogue.manage.withdrawTitle' : 'catalogue.manage.restoreTitle', { name: target.name }) : null}
      okText={withdraw ? t('catalogue.manage.withdraw') : t('catalogue.manage.restore')}
      okButtonProps={{ danger: withdraw, loading: busy }}
      cancelText={t('catalogue.manage.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {withdraw
          ? t(target?.kind === 'resources' ? 'catalogue.manage.withdrawResourceHint' : 'catalogue.manage.withdrawItemHint')
          : t('catalogue.manage.restoreHint')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" name="catalogue-status" onFinish={(v) => void submit(v)}>
        <Form.Item
          label={withdraw ? t('catalogue.manage.reason') : t('catalogue.manage.reasonOptional')}
          name="reason"
          rules={withdraw ? [{ required: true, whitespace: true, min: 2, message: t('catalogue.manage.reasonRequired') }] : [{ min: 2, message: t('catalogue.manage.reasonRequired') }]}
          validateStatus={problem ? 'error' : undefined}
          help={problem ?? undefined}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
