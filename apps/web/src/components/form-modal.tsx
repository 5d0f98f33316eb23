import { Alert, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useErrorMessage } from './error-message.ts';
import { ProblemAlert } from './problem-alert.tsx';
import { useSubmit } from './use-submit.ts';

/**
 * A dialog around one small form (a reason, a note, a choice): OK submits the form, the action
 * runs with the button spinning, success says `success` and closes, a failure shows under the form
 * (`errorAs="problem"`: the full problem with its request id; `"message"`: one line). Labels come
 * from the caller's locale.
 */
export function FormModal<V extends object>(props: {
  open: boolean;
  title: ReactNode;
  okText: string;
  cancelText?: string;
  danger?: boolean;
  /** The form's name (ids of its fields). */
  name: string;
  action: (values: V) => Promise<unknown>;
  success: string;
  onClose: () => void;
  errorAs: 'problem' | 'message';
  /** Drawn above the form (a hint). */
  intro?: ReactNode;
  children: ReactNode;
}) {
  const messageOf = useErrorMessage();
  const [form] = Form.useForm<V>();
  const { busy, error, run } = useSubmit();
  const submit = (values: V) => run(() => props.action(values), props.success, props.onClose);

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      {...(props.cancelText ? { cancelText: props.cancelText } : {})}
      okButtonProps={{ loading: busy, ...(props.danger ? { danger: true } : {}) }}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {props.intro}
      <Form form={form} layout="vertical" name={props.name} onFinish={(v) => void submit(v)}>
        {props.children}
      </Form>
      {error ? props.errorAs === 'problem' ? <ProblemAlert error={error} /> : <Alert type="error" showIcon role="alert" title={messageOf(error)} /> : null}
    </Modal>
  );
}
