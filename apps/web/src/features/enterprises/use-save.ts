import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import type { useSaveErrors } from '../catalogue/use-save-errors.ts';

/** Saving one of the enterprise forms: the OK button spins, success says `success` and calls `onDone`; the server's field errors land on their fields. */
export function useSave(form: FormInstance, errors: ReturnType<typeof useSaveErrors>) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const save = async (work: () => Promise<unknown>, success: string, onDone: () => void) => {
    setSaving(true);
    errors.clear();
    try {
      await work();
      void message.success(success);
      onDone();
    } catch (error) {
      errors.show(form, error);
    } finally {
      setSaving(false);
    }
  };
  return { saving, save };
}
