import { describe, expect, it } from 'vitest';
import { caseActions, caseStatuses, type CaseAction, type CaseStatus } from '@yunju/contracts';
import { allowedActions, caseParties, decide, REOPEN_WINDOW_DAYS, type CaseFacts, type CaseParty } from './case-lifecycle.ts';

/**
 * The expected machine, written out independently of the implementation's table:
 * `status: action=parties→target` (E enterprise, L lead officer, C co-handling officer, D desk,
 * B bureau admin; the leader never acts). `=` means the status does not change.
 */
const spec = `
submitted: accept=L→accepted reject=L→rejected request_supplement=L→supplement_requested transfer=LB→submitted triage=B→= assign=L→=
accepted: start=L→in_progress request_supplement=L→supplement_requested transfer=LB→submitted add_co_handler=LB→= complete_task=LC→= resolve=L→resolved assign=L→=
in_progress: request_supplement=L→supplement_requested transfer=LB→submitted add_co_handler=LB→= complete_task=LC→= resolve=L→resolved assign=L→=
supplement_requested: supplement=ED→<resume> complete_task=LC→=
resolved: rate=E→rated reopen=E→in_progress close=B→closed
rated: complete_task=L→= close=LB→closed
closed:
rejected:
`;

const letters: Record<string, CaseParty> = { E: 'enterprise', L: 'lead_officer', C: 'co_officer', D: 'desk', B: 'bureau_admin' };
const expected = new Map<string, { parties: CaseParty[]; to: string }>();
for (const line of spec.trim().split('\n')) {
  const [status, rest = ''] = line.split(':') as [CaseStatus, string];
  for (const entry of rest.trim().split(/\s+/).filter(Boolean)) {
    const m = /^(\w+)=([A-Z]+)→(.+)$/.exec(entry)!;
    expected.set(`${status}/${m[1]}`, { parties: [...m[2]!].map((l) => letters[l]!), to: m[3] === '=' ? status : m[3]! });
  }
}

/** Facts under which every guard of `action` passes. */
function passingFacts(status: CaseStatus, action: CaseAction): CaseFacts {
  const base: CaseFacts = { status, kind: 'item', resumeStatus: null, openTaskCount: 0, ownOpenTaskCount: 0, daysSinceResolution: null };
  switch (action) {
    case 'complete_task':
      return { ...base, openTaskCount: 1, ownOpenTaskCount: 1 };
    case 'supplement':
      return { ...base, resumeStatus: 'in_progress' };
    case 'triage':
      return { ...base, kind: 'request' };
    case 'reopen':
      return { ...base, daysSinceResolution: 3 };
    case 'close':
      return { ...base, daysSinceResolution: REOPEN_WINDOW_DAYS + 1 };
    default:
      return base;
  }
}

describe('case lifecycle: every (status, action, party)', () => {
  for (const status of caseStatuses) {
    for (const action of caseActions) {
      const exp = expected.get(`${status}/${action}`);
      it(`${status} × ${action}: ${exp ? `${exp.parties.join(', ')} → ${exp.to}` : 'impossible'}`, () => {
        const facts = passingFacts(status, action);
        for (const party of caseParties) {
          const d = decide(action, party, facts);
          if (!exp) expect(d, party).toEqual({ ok: false, code: 'case.invalid_transition' });
          else if (!exp.parties.includes(party)) expect(d, party).toEqual({ ok: false, code: 'auth.forbidden' });
          else expect(d, party).toEqual({ ok: true, to: exp.to === '<resume>' ? 'in_progress' : exp.to });
        }
      });
    }
  }

  it('never lets the leader act, whatever the facts', () => {
    for (const status of caseStatuses) for (const action of caseActions) expect(decide(action, 'leader', passingFacts(status, action)).ok).toBe(false);
  });

  it('leaves closed and rejected cases without any action for anyone', () => {
    for (const status of ['closed', 'rejected'] as const) for (const party of caseParties) expect(allowedActions(party, passingFacts(status, 'close'))).toEqual([]);
  });
});

describe('case lifecycle guards', () => {
  const facts = (f: Partial<CaseFacts>): CaseFacts => ({ status: 'in_progress', kind: 'item', resumeStatus: null, openTaskCount: 0, ownOpenTaskCount: 0, daysSinceResolution: null, ...f });

  it('refuses to resolve while co-handling tasks are open', () => {
    expect(decide('resolve', 'lead_officer', facts({ openTaskCount: 1 }))).toEqual({ ok: false, code: 'case.open_tasks' });
    expect(decide('resolve', 'lead_officer', facts({ status: 'accepted', openTaskCount: 2 }))).toEqual({ ok: false, code: 'case.open_tasks' });
    expect(decide('resolve', 'lead_officer', facts({}))).toEqual({ ok: true, to: 'resolved' });
  });

  it('lets a co-handling officer complete only when its department has an open task, and never resolve', () => {
    expect(decide('complete_task', 'co_officer', facts({ openTaskCount: 1, ownOpenTaskCount: 0 }))).toEqual({ ok: false, code: 'case.no_open_task' });
    expect(decide('complete_task', 'co_officer', facts({ openTaskCount: 1, ownOpenTaskCount: 1 }))).toEqual({ ok: true, to: 'in_progress' });
    expect(decide('resolve', 'co_officer', facts({}))).toEqual({ ok: false, code: 'auth.forbidden' });
  });

  it('returns a supplement to the status it came from', () => {
    for (const from of ['submitted', 'accepted', 'in_progress'] as const) {
      expect(decide('supplement', 'enterprise', facts({ status: 'supplement_requested', resumeStatus: from }))).toEqual({ ok: true, to: from });
    }
    expect(decide('supplement', 'enterprise', facts({ status: 'supplement_requested', resumeStatus: null }))).toEqual({ ok: false, code: 'case.invalid_transition' });
  });

  it('lets the enterprise reopen within 15 calendar days of resolution, not after', () => {
    const resolved = (days: number) => facts({ status: 'resolved', daysSinceResolution: days });
    expect(decide('reopen', 'enterprise', resolved(0))).toEqual({ ok: true, to: 'in_progress' });
    expect(decide('reopen', 'enterprise', resolved(15))).toEqual({ ok: true, to: 'in_progress' });
    expect(decide('reopen', 'enterprise', resolved(16))).toEqual({ ok: false, code: 'case.reopen_window_closed' });
  });

  it('lets the bureau close an unrated case only after the 15 days', () => {
    const resolved = (days: number) => facts({ status: 'resolved', daysSinceResolution: days });
    expect(decide('close', 'bureau_admin', resolved(15))).toEqual({ ok: false, code: 'case.close_not_due' });
    expect(decide('close', 'bureau_admin', resolved(16))).toEqual({ ok: true, to: 'closed' });
    expect(decide('close', 'lead_officer', resolved(16))).toEqual({ ok: false, code: 'auth.forbidden' });
  });

  it('closes a rated case only when its follow-up task is done', () => {
    expect(decide('close', 'lead_officer', facts({ status: 'rated', openTaskCount: 1 }))).toEqual({ ok: false, code: 'case.open_tasks' });
    expect(decide('close', 'lead_officer', facts({ status: 'rated', openTaskCount: 0, daysSinceResolution: 1 }))).toEqual({ ok: true, to: 'closed' });
  });

  it('triages only free-form requests', () => {
    expect(decide('triage', 'bureau_admin', facts({ status: 'submitted', kind: 'item' }))).toEqual({ ok: false, code: 'case.not_triageable' });
    expect(decide('triage', 'bureau_admin', facts({ status: 'submitted', kind: 'resource' }))).toEqual({ ok: false, code: 'case.not_triageable' });
    expect(decide('triage', 'bureau_admin', facts({ status: 'submitted', kind: 'request' }))).toEqual({ ok: true, to: 'submitted' });
  });

  it('lists the allowed actions of each party (the web’s buttons)', () => {
    const submitted = facts({ status: 'submitted', kind: 'request' });
    expect(allowedActions('lead_officer', submitted)).toEqual(['accept', 'reject', 'request_supplement', 'transfer', 'assign']);
    expect(allowedActions('bureau_admin', submitted)).toEqual(['transfer', 'triage']);
    expect(allowedActions('enterprise', submitted)).toEqual([]);
    expect(allowedActions('enterprise', facts({ status: 'resolved', daysSinceResolution: 2 }))).toEqual(['rate', 'reopen']);
    expect(allowedActions('enterprise', facts({ status: 'resolved', daysSinceResolution: 20 }))).toEqual(['rate']);
    expect(allowedActions('co_officer', facts({ openTaskCount: 1, ownOpenTaskCount: 1 }))).toEqual(['complete_task']);
  });
});
