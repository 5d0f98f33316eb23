import { describe, expect, it } from 'vitest';
import { emptyDraft, parseDraft } from './wizard-draft.ts';

const attachment = { id: 'a1', sha256: 'x', sizeBytes: 10, contentType: 'application/pdf', originalName: 'a.pdf' };

describe('parseDraft', () => {
  it('restores what the user did', () => {
    const draft = { confirmed: [true, false], files: { m0: [{ uid: 'u', name: 'a.pdf', attachment }] }, title: 't', description: 'd' };
    expect(parseDraft(JSON.stringify(draft), 2)).toEqual(draft);
  });

  it('falls back to an empty draft on anything malformed', () => {
    expect(parseDraft(null, 2)).toEqual(emptyDraft(2));
    expect(parseDraft('{', 2)).toEqual(emptyDraft(2));
    expect(parseDraft('[]', 1)).toEqual(emptyDraft(1));
    // The item changed its conditions: the confirmations do not carry over.
    expect(parseDraft(JSON.stringify({ confirmed: [true], files: {}, title: '', description: '' }), 3).confirmed).toEqual([false, false, false]);
    expect(parseDraft(JSON.stringify({ files: { m0: [{ uid: 1 }, { uid: 'u', name: 'b', attachment }] } }), 0).files).toEqual({ m0: [{ uid: 'u', name: 'b', attachment }] });
  });
});
