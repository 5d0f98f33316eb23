import { caseActions, type CaseAction, type CaseKind, type CaseStatus } from '@yunju/contracts';

/**
 * The case state machine (pure: no I/O, no clock).
 *
 * `transitions[status][action]` lists who may take the action in that status; `decide` adds the
 * target status and the guards (open tasks, the 15-day windows, triage only for free-form
 * requests). Scoping (who may see a case at all) is the service's job: by the time a party is
 * computed, the case is in the caller's scope.
 */

/** How the caller stands to one case. */
export type CaseParty =
  | 'enterprise' // a user of the case's enterprise
  | 'lead_officer' // an officer of the lead department
  | 'co_officer' // an officer of a department with a co-handling task on the case
  | 'desk' // a service-desk clerk (walk-in cases)
  | 'bureau_admin' // the science and technology bureau's administrator
  | 'leader'; // reads everything, acts on nothing

export const caseParties: readonly CaseParty[] = ['enterprise', 'lead_officer', 'co_officer', 'desk', 'bureau_admin', 'leader'];

/** An enterprise may reopen a resolved case within this many calendar days; after it the bureau may close it unrated. */
export const REOPEN_WINDOW_DAYS = 15;

/** What the guards need to know about the case. */
export interface CaseFacts {
  status: CaseStatus;
  kind: CaseKind;
  /** The status a supplement returns the case to (set when a supplement is requested). */
  resumeStatus: CaseStatus | null;
  /** Open tasks of any department (co-handling and follow-up). */
  openTaskCount: number;
  /** Open tasks of the caller's own department. */
  ownOpenTaskCount: number;
  /** Calendar days from the day of resolution to today (null when not resolved). */
  daysSinceResolution: number | null;
}

export type TransitionRefusal =
  | 'case.invalid_transition'
  | 'auth.forbidden'
  | 'case.open_tasks'
  | 'case.reopen_window_closed'
  | 'case.close_not_due'
  | 'case.not_triageable'
  | 'case.no_open_task';

export type Transition = { ok: true; to: CaseStatus } | { ok: false; code: TransitionRefusal };

type Who = readonly CaseParty[];
const LEAD: Who = ['lead_officer'];
const HANDLERS: Who = ['lead_officer', 'co_officer'];
const ROUTING: Who = ['lead_officer', 'bureau_admin'];

/** The transition table: in each status, the actions that exist and who may take them. */
export const transitions: Record<CaseStatus, Partial<Record<CaseAction, Who>>> = {
  submitted: {
    accept: LEAD,
    reject: LEAD,
    request_supplement: LEAD,
    transfer: ROUTING,
    triage: ['bureau_admin'],
    assign: LEAD,
  },
  accepted: {
    start: LEAD,
    request_supplement: LEAD,
    transfer: ROUTING,
    add_co_handler: ROUTING,
    complete_task: HANDLERS,
    resolve: LEAD,
    assign: LEAD,
  },
  in_progress: {
    request_supplement: LEAD,
    transfer: ROUTING,
    add_co_handler: ROUTING,
    complete_task: HANDLERS,
    resolve: LEAD,
    assign: LEAD,
  },
  // With the enterprise: it (or, for a walk-in case, the desk) answers; co-handlers may still finish their part.
  supplement_requested: {
    supplement: ['enterprise', 'desk'],
    complete_task: HANDLERS,
  },
  resolved: {
    rate: ['enterprise'],
    reopen: ['enterprise'],
    close: ['bureau_admin'],
  },
  rated: {
    complete_task: LEAD, // follow-up of a bad rating
    close: ROUTING,
  },
  closed: {},
  rejected: {},
};

const ok = (to: CaseStatus): Transition => ({ ok: true, to });
const refuse = (code: TransitionRefusal): Transition => ({ ok: false, code });

/** Whether `party` may take `action` on a case with these facts, and the status it leads to. */
export function decide(action: CaseAction, party: CaseParty, facts: CaseFacts): Transition {
  const who = transitions[facts.status][action];
  if (!who) return refuse('case.invalid_transition');
  if (!who.includes(party)) return refuse('auth.forbidden');
  switch (action) {
    case 'accept':
      return ok('accepted');
    case 'reject':
      return ok('rejected');
    case 'start':
      return ok('in_progress');
    case 'request_supplement':
      return ok('supplement_requested');
    case 'supplement':
      return facts.resumeStatus ? ok(facts.resumeStatus) : refuse('case.invalid_transition');
    case 'transfer':
      // The new lead department accepts the case afresh.
      return ok('submitted');
    case 'add_co_handler':
    case 'assign':
      return ok(facts.status);
    case 'triage':
      return facts.kind === 'request' ? ok(facts.status) : refuse('case.not_triageable');
    case 'complete_task':
      return facts.ownOpenTaskCount > 0 ? ok(facts.status) : refuse('case.no_open_task');
    case 'resolve':
      return facts.openTaskCount > 0 ? refuse('case.open_tasks') : ok('resolved');
    case 'rate':
      return ok('rated');
    case 'reopen':
      return facts.daysSinceResolution !== null && facts.daysSinceResolution <= REOPEN_WINDOW_DAYS ? ok('in_progress') : refuse('case.reopen_window_closed');
    case 'close':
      if (facts.status === 'resolved' && (facts.daysSinceResolution === null || facts.daysSinceResolution <= REOPEN_WINDOW_DAYS)) return refuse('case.close_not_due');
      return facts.openTaskCount > 0 ? refuse('case.open_tasks') : ok('closed');
  }
}

/** The actions `party` may take now (the web shows them as buttons). */
export function allowedActions(party: CaseParty, facts: CaseFacts): CaseAction[] {
  return caseActions.filter((a) => decide(a, party, facts).ok);
}

/** A rating of 1 or 2 (差评) needs a reason; it also opens a follow-up task for the lead department. */
export function isBadRating(level: number): boolean {
  return level <= 2;
}

/** Statuses in which the case is still with the departments or the enterprise (backlog). */
export const openStatuses: readonly CaseStatus[] = ['submitted', 'accepted', 'in_progress', 'supplement_requested'];
/** Open statuses whose deadline clock runs (not paused). */
export const runningStatuses: readonly CaseStatus[] = ['submitted', 'accepted', 'in_progress'];
/** Statuses after which the deadline no longer matters. */
export const doneStatuses: readonly CaseStatus[] = ['resolved', 'rated', 'closed', 'rejected'];
