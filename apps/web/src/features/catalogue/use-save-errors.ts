import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { toFormFieldErrors, type FormPath } from '../../components/field-errors.ts';

/**
 * Shows a failed save: field errors on their fields (in the UI language), everything else in an
 * alert above the form. What the user typed stays.
 */
export function useSaveErrors(mapPath: (path: string) => FormPath | null) {
  const { i18n } = useTranslation();
  const messageOf = useErrorMessage();
  const [problems, setProblems] = useState<string[]>([]);
  const show = (form: FormInstance, error: unknown) => {
    if (isApiError(error) && error.fieldErrors.length > 0) {
      const { fields, unmatched } = toFormFieldErrors(error.fieldErrors, i18n.language, mapPath);
      form.setFields(fields);
      setProblems([messageOf(error), ...unmatched]);
      const first = fields[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
    } else {
      setProblems([messageOf(error)]);
    }
  };
  return { problems, show, clear: () => setProblems([]) };
}
