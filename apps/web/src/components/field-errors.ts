import type { FieldError } from '@yunju/contracts';

/** A form field path as antd's `Form.setFields` takes it. */
export type FormPath = (string | number)[];

export interface FormFieldErrors {
  /** Errors that belong to a field of the form, grouped by field. */
  fields: { name: FormPath; errors: string[] }[];
  /** Errors with no field on the form (shown in an alert above it). */
  unmatched: string[];
}

/**
 * Spreads the server's field errors (dotted paths such as `materials.0.name`) over the form's
 * fields, in the UI language. `mapPath` turns a server path into a form path, or null when the
 * form has no such field.
 */
export function toFormFieldErrors(errors: readonly FieldError[], language: string, mapPath: (path: string) => FormPath | null): FormFieldErrors {
  const byField = new Map<string, { name: FormPath; errors: string[] }>();
  const unmatched: string[] = [];
  for (const error of errors) {
    const text = language === 'en' ? error.messageEn || error.message : error.message || error.messageEn;
    const name = mapPath(error.path);
    if (!name) {
      unmatched.push(text);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], unmatched };
}

/** The identity mapping for forms shaped like the request body: `materials.0.name` → ['materials', 0, 'name']. */
export function bodyPath(path: string): FormPath | null {
  if (!path) return null;
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
