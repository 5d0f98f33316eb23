import { describe, expect, it } from 'vitest';
import { allowedActions, contactShared, decide, talentContactShared } from './engagement-lifecycle.ts';

describe('brokerage state machine', () => {
  it('walks a problem from recommendation to solved, with the expert consenting before contact is shared', () => {
    expect(decide('problem', 'recommended', 'request_contact', 'enterprise', true)).toEqual({ ok: true, to: 'contact_requested' });
    expect(contactShared('contact_requested')).toBe(false);
    expect(decide('problem', 'contact_requested', 'consent', 'candidate', true)).toEqual({ ok: true, to: 'consented' });
    expect(contactShared('consented')).toBe(true);
    expect(decide('problem', 'consented', 'meet', 'broker', true)).toEqual({ ok: true, to: 'meeting' });
    expect(decide('problem', 'meeting', 'agree', 'enterprise', true)).toEqual({ ok: true, to: 'agreement' });
    expect(decide('problem', 'agreement', 'solve', 'enterprise', true)).toEqual({ ok: true, to: 'solved' });
    // Solved after the meeting without a contract (consultation) is possible too.
    expect(decide('problem', 'meeting', 'solve', 'enterprise', true)).toEqual({ ok: true, to: 'solved' });
  });

  it('lets only the expert answer a contact request when it has an account; a broker answers for the others', () => {
    expect(decide('problem', 'contact_requested', 'consent', 'broker', true)).toEqual({ ok: false, code: 'matching.not_a_party' });
    expect(decide('problem', 'contact_requested', 'consent', 'enterprise', true)).toEqual({ ok: false, code: 'matching.not_a_party' });
    expect(decide('problem', 'contact_requested', 'consent', 'broker', false)).toEqual({ ok: true, to: 'consented' });
    expect(allowedActions('problem', 'contact_requested', 'candidate', true)).toEqual(['consent', 'decline']);
  });

  it('lets only the enterprise confirm a problem solved, and refuses steps out of order', () => {
    expect(decide('problem', 'agreement', 'solve', 'broker', true)).toEqual({ ok: false, code: 'matching.not_a_party' });
    expect(decide('problem', 'recommended', 'solve', 'enterprise', true)).toEqual({ ok: false, code: 'matching.invalid_transition' });
    expect(decide('problem', 'solved', 'cancel', 'broker', true)).toEqual({ ok: false, code: 'matching.invalid_transition' });
    expect(decide('problem', 'recommended', 'hire', 'enterprise', true)).toEqual({ ok: false, code: 'matching.invalid_transition' });
  });

  it('walks a talent need: recommended → interview → hired', () => {
    expect(allowedActions('talent', 'recommended', 'enterprise', false)).toEqual(['interview', 'cancel']);
    expect(decide('talent', 'interview', 'hire', 'broker', false)).toEqual({ ok: true, to: 'hired' });
    expect(allowedActions('talent', 'hired', 'broker', false)).toEqual([]);
  });

  it('asks a talent with a sign-in before the interview, and shares its phone only once it consented', () => {
    expect(allowedActions('talent', 'recommended', 'enterprise', true)).toEqual(['request_contact', 'cancel']);
    expect(decide('talent', 'recommended', 'interview', 'enterprise', true)).toEqual({ ok: false, code: 'matching.invalid_transition' });
    expect(decide('talent', 'contact_requested', 'consent', 'broker', true)).toEqual({ ok: false, code: 'matching.not_a_party' });
    expect(allowedActions('talent', 'contact_requested', 'candidate', true)).toEqual(['consent', 'decline']);
    expect(decide('talent', 'consented', 'interview', 'broker', true)).toEqual({ ok: true, to: 'interview' });
    expect(decide('talent', 'interview', 'hire', 'enterprise', true)).toEqual({ ok: true, to: 'hired' });
    expect(talentContactShared('contact_requested', false)).toBe(false);
    expect(talentContactShared('interview', true)).toBe(true);
    // Interviewed without the talent's consent (no sign-in): the phone stays with the brokers.
    expect(talentContactShared('interview', false)).toBe(false);
    expect(talentContactShared('declined', true)).toBe(false);
  });
});
