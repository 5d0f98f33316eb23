import type { CaseEvent, CaseEventAction, CaseTask } from '@yunju/contracts';
import type { Tone } from './case-model.ts';

/** A line under a timeline event: an i18n key under `cases.eventDetail` and its values. */
export interface EventDetail {
  key: 'materials' | 'dueOn' | 'coDepartments' | 'supplementFor' | 'supplemented' | 'toDepartment' | 'coDepartment' | 'followUp' | 'rating' | 'assignedTo' | 'overdueSince';
  values: Record<string, string | number>;
}

export interface NameLookup {
  department: (id: string) => string | undefined;
  user: (id: string) => string | undefined;
  /** Joins names with the language's list separator. */
  join: (names: string[]) => string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);

/** What the event's data says beyond its action, as lines for the timeline (unknown data is left out). */
export function eventDetails(e: Pick<CaseEvent, 'action' | 'data'>, names: NameLookup): EventDetail[] {
  const d = e.data;
  const out: EventDetail[] = [];
  const dept = (id: unknown) => {
    const s = str(id);
    return s ? names.department(s) : undefined;
  };
  switch (e.action) {
    case 'submit':
    case 'register_walk_in': {
      const count = num(d.materials);
      if (count !== undefined && count > 0) out.push({ key: 'materials', values: { count } });
      const dueOn = str(d.dueOn);
      if (dueOn) out.push({ key: 'dueOn', values: { date: dueOn } });
      break;
    }
    case 'accept': {
      const list = strings(d.coDepartmentIds)
        .map((id) => names.department(id))
        .filter((n): n is string => n !== undefined);
      if (list.length) out.push({ key: 'coDepartments', values: { names: names.join(list) } });
      break;
    }
    case 'request_supplement': {
      const list = strings(d.materials);
      if (list.length) out.push({ key: 'supplementFor', values: { names: names.join(list) } });
      break;
    }
    case 'supplement': {
      const days = num(d.pausedWorkingDays);
      const dueOn = str(d.dueOn);
      if (days !== undefined && days > 0 && dueOn) out.push({ key: 'supplemented', values: { days, date: dueOn } });
      else if (dueOn) out.push({ key: 'dueOn', values: { date: dueOn } });
      break;
    }
    case 'transfer':
    case 'triage': {
      const name = dept(d.toDepartmentId);
      if (name) out.push({ key: 'toDepartment', values: { name } });
      break;
    }
    case 'add_co_handler': {
      const name = str(d.departmentName) ?? dept(d.departmentId);
      if (name) out.push({ key: 'coDepartment', values: { name } });
      break;
    }
    case 'complete_task':
      if (d.kind === 'follow_up') out.push({ key: 'followUp', values: {} });
      break;
    case 'rate': {
      const level = num(d.level);
      if (level !== undefined) out.push({ key: 'rating', values: { level } });
      break;
    }
    case 'assign':
    case 'bulk_assign': {
      const id = str(d.userId);
      const name = id ? names.user(id) : undefined;
      if (name) out.push({ key: 'assignedTo', values: { name } });
      break;
    }
    case 'escalate': {
      const dueOn = str(d.dueOn);
      if (dueOn) out.push({ key: 'overdueSince', values: { date: dueOn } });
      break;
    }
    default:
      break;
  }
  return out;
}

/** Timeline dot colours: the step's meaning, as the status colours. */
export function eventTone(action: CaseEventAction): Tone {
  switch (action) {
    case 'reject':
    case 'escalate':
      return 'error';
    case 'request_supplement':
    case 'reopen':
      return 'warning';
    case 'resolve':
    case 'rate':
    case 'complete_task':
    case 'supplement':
      return 'success';
    case 'close':
      return 'default';
    default:
      return 'processing';
  }
}

/** The material names the latest supplement request asked for (the supplement form offers one upload each). */
export function requestedMaterials(events: readonly Pick<CaseEvent, 'action' | 'data'>[]): string[] {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.action === 'request_supplement') return strings(e.data.materials);
  }
  return [];
}

/** The note of the latest supplement request (what the enterprise must supply), if the case awaits one. */
export function supplementRequestNote(events: readonly Pick<CaseEvent, 'action' | 'note'>[]): string | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.action === 'request_supplement') return e.note;
  }
  return null;
}

/** Tasks of the caller's department it may complete now. */
export function completableTasks(tasks: readonly CaseTask[]): CaseTask[] {
  return tasks.filter((t) => t.canComplete);
}
