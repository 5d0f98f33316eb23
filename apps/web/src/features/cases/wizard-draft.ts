import type { UploadedAttachment } from '@yunju/contracts';

/** An uploaded file of the wizard, as kept in the draft. */
export interface DraftFile {
  uid: string;
  name: string;
  attachment: UploadedAttachment;
}

/**
 * What the wizard keeps in sessionStorage while the user works, so that a reload or a failed
 * submission loses nothing: confirmations, uploaded files by material slot, typed text.
 */
export interface WizardDraft {
  confirmed: boolean[];
  files: Record<string, DraftFile[]>;
  title: string;
  description: string;
}

export const emptyDraft = (conditions: number): WizardDraft => ({ confirmed: Array.from({ length: conditions }, () => false), files: {}, title: '', description: '' });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isDraftFile(v: unknown): v is DraftFile {
  if (!isRecord(v) || typeof v.uid !== 'string' || typeof v.name !== 'string' || !isRecord(v.attachment)) return false;
  return typeof v.attachment.id === 'string' && typeof v.attachment.originalName === 'string';
}

/** Reads a stored draft; anything malformed (or for another number of conditions) gives the empty draft. */
export function parseDraft(text: string | null, conditions: number): WizardDraft {
  const empty = emptyDraft(conditions);
  if (!text) return empty;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return empty;
  }
  if (!isRecord(raw)) return empty;
  const confirmed = Array.isArray(raw.confirmed) && raw.confirmed.length === conditions && raw.confirmed.every((c) => typeof c === 'boolean') ? (raw.confirmed as boolean[]) : empty.confirmed;
  const files: Record<string, DraftFile[]> = {};
  if (isRecord(raw.files)) {
    for (const [slot, list] of Object.entries(raw.files)) {
      if (Array.isArray(list)) files[slot] = list.filter(isDraftFile);
    }
  }
  return {
    confirmed,
    files,
    title: typeof raw.title === 'string' ? raw.title : '',
    description: typeof raw.description === 'string' ? raw.description : '',
  };
}

const storageKey = (key: string) => `yunju.caseDraft.${key}`;

export function loadDraft(key: string, conditions: number): WizardDraft {
  try {
    return parseDraft(sessionStorage.getItem(storageKey(key)), conditions);
  } catch {
    return emptyDraft(conditions);
  }
}

export function saveDraft(key: string, draft: WizardDraft): void {
  try {
    sessionStorage.setItem(storageKey(key), JSON.stringify(draft));
  } catch {
    // storage full or disabled: the draft lives in memory only
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(storageKey(key));
  } catch {
    // nothing stored
  }
}
