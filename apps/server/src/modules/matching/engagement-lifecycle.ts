import { engagementActions, type DemandKind, type EngagementAction, type EngagementStatus } from '@yunju/contracts';

/**
 * The brokerage state machine (pure: no I/O, no clock).
 *
 * Problem / cooperation need: recommended → contact_requested → consented → meeting → (agreement →) solved.
 * The expert consents before contact details are shared (`consented`), or declines (`declined`).
 * Talent need: recommended → interview → hired. A talent with a sign-in (`users.talent_id`) is asked
 * first, like an expert: recommended → contact_requested → consented (or declined) → interview → hired.
 * Any open state may be cancelled by the enterprise or a broker.
 *
 * `transitions[track][status][action]` lists who may take the action and where it leads. Scoping
 * (who may see the engagement at all) is the service's job.
 */

/** How the caller stands to one engagement. */
export type EngagementParty =
  | 'enterprise' // a user of the demand's enterprise
  | 'candidate' // the expert or talent the engagement is about (signed in as that expert or talent)
  | 'broker' // an officer or the bureau admin (撮合)
  | 'observer'; // the leader: reads, acts on nothing

export type Track = 'problem' | 'talent';
export const trackOf = (kind: DemandKind): Track => (kind === 'talent_need' ? 'talent' : 'problem');

type Step = { to: EngagementStatus; who: readonly EngagementParty[] };
const ENT_OR_BROKER = ['enterprise', 'broker'] as const;
/** The expert (or a talent with a sign-in) answers for itself; a broker answers for teams, resources and outputs (no user of their own). */
const CANDIDATE = ['candidate'] as const;
const cancel: Step = { to: 'cancelled', who: ENT_OR_BROKER };

export const transitions: Record<Track, Partial<Record<EngagementStatus, Partial<Record<EngagementAction, Step>>>>> = {
  problem: {
    recommended: { request_contact: { to: 'contact_requested', who: ENT_OR_BROKER }, cancel },
    contact_requested: { consent: { to: 'consented', who: CANDIDATE }, decline: { to: 'declined', who: CANDIDATE }, cancel },
    consented: { meet: { to: 'meeting', who: ENT_OR_BROKER }, cancel },
    // A problem may be solved after the meeting without a formal contract (consultation), or after an IUR agreement.
    meeting: { agree: { to: 'agreement', who: ENT_OR_BROKER }, solve: { to: 'solved', who: ['enterprise'] }, cancel },
    agreement: { solve: { to: 'solved', who: ['enterprise'] } },
  },
  talent: {
    recommended: { interview: { to: 'interview', who: ENT_OR_BROKER }, cancel },
    interview: { hire: { to: 'hired', who: ENT_OR_BROKER }, cancel },
  },
};

/**
 * Talent need when the talent has a sign-in: it consents before its phone is shared and an
 * interview is arranged (the enterprise or a broker still cancels any open state).
 */
export const talentWithAccountTransitions: Partial<Record<EngagementStatus, Partial<Record<EngagementAction, Step>>>> = {
  recommended: { request_contact: { to: 'contact_requested', who: ENT_OR_BROKER }, cancel },
  contact_requested: { consent: { to: 'consented', who: CANDIDATE }, decline: { to: 'declined', who: CANDIDATE }, cancel },
  consented: { interview: { to: 'interview', who: ENT_OR_BROKER }, cancel },
  interview: { hire: { to: 'hired', who: ENT_OR_BROKER }, cancel },
};

export const terminalStatuses: readonly EngagementStatus[] = ['solved', 'hired', 'declined', 'cancelled'];
export const isTerminal = (s: EngagementStatus): boolean => terminalStatuses.includes(s);

export type Decision = { ok: true; to: EngagementStatus } | { ok: false; code: 'matching.invalid_transition' | 'matching.not_a_party' };

/**
 * May `party` take `action` on an engagement of this track in this status? `candidateIsUser`: the
 * candidate is an expert or talent with a sign-in; otherwise a broker answers consent / decline for
 * it, and a talent need goes straight to the interview.
 */
export function decide(track: Track, status: EngagementStatus, action: EngagementAction, party: EngagementParty, candidateIsUser: boolean): Decision {
  const table = track === 'talent' && candidateIsUser ? talentWithAccountTransitions : transitions[track];
  const step = table[status]?.[action];
  if (!step) return { ok: false, code: 'matching.invalid_transition' };
  const who: readonly EngagementParty[] = step.who === CANDIDATE && !candidateIsUser ? ['candidate', 'broker'] : step.who;
  if (!who.includes(party)) return { ok: false, code: 'matching.not_a_party' };
  return { ok: true, to: step.to };
}

/** The actions the party may take now (for `allowedActions`). */
export function allowedActions(track: Track, status: EngagementStatus, party: EngagementParty, candidateIsUser: boolean): EngagementAction[] {
  return engagementActions.filter((a) => decide(track, status, a, party, candidateIsUser).ok);
}

/** Contact details are shared from consent on (and stay shared through the outcome). */
export const contactShared = (s: EngagementStatus): boolean => s === 'consented' || s === 'meeting' || s === 'agreement' || s === 'solved';

/**
 * A talent's phone (and the enterprise's contact, for the talent) is shared only when the talent
 * itself consented (`consentedAt`), from then on through the interview to the hire.
 */
export const talentContactShared = (s: EngagementStatus, consented: boolean): boolean => consented && (s === 'consented' || s === 'interview' || s === 'hired');
