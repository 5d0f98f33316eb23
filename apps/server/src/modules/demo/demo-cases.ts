/**
 * Demo cases (pure): a year of the cloud bureau's work in the demo county, so that every queue,
 * counter and chart has real content. Deterministic for a seed and a "today"; the loader writes
 * the rows. Cases of the last weeks are still moving (submitted, accepted, in progress, waiting
 * for a supplement, resolved); older ones are mostly rated and closed, a few rejected, and a few
 * overdue and escalated (督办).
 */

export interface DemoCaseCalendar {
  isWorkingDay(date: string): boolean;
  addWorkingDays(from: string, days: number): string;
  countWorkingDays(fromExclusive: string, toInclusive: string): number;
}

export interface DemoCaseItem {
  id: string;
  name: string;
  version: number;
  leadDepartmentId: string;
  coDepartmentIds: string[];
  promisedDays: number;
  online: boolean;
  desk: boolean;
}

export interface DemoCasesInput {
  seed: number;
  /** Today in Asia/Shanghai (YYYY-MM-DD). */
  today: string;
  calendar: DemoCaseCalendar;
  tenantId: string;
  count: number;
  items: DemoCaseItem[];
  enterprises: { id: string; name: string; userId: string }[];
  officerOf: (departmentId: string) => { id: string; name: string };
  desk: { id: string; name: string };
  bureauUser: { id: string; name: string };
}

type Status = 'submitted' | 'accepted' | 'in_progress' | 'supplement_requested' | 'resolved' | 'rated' | 'closed' | 'rejected';

export interface DemoCaseRow {
  id: string;
  tenantId: string;
  number: string;
  kind: 'item';
  enterpriseId: string;
  itemId: string;
  itemVersion: number;
  title: string;
  description: string;
  channel: 'online' | 'desk';
  status: Status;
  resumeStatus: Status | null;
  leadDepartmentId: string;
  assigneeUserId: string | null;
  submittedBy: string;
  submittedOn: string;
  submittedAt: Date;
  acceptedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  promisedDays: number;
  dueOn: string;
  pausedSince: string | null;
  pausedWorkingDays: number;
  escalatedAt: Date | null;
  conditionsConfirmed: boolean;
  updatedAt: Date;
}

export interface DemoCaseEvent {
  tenantId: string;
  caseId: string;
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  departmentId: string | null;
  action: string;
  fromStatus: Status | null;
  toStatus: Status | null;
  note: string | null;
  data: Record<string, unknown>;
}

export interface DemoCaseTask {
  id: string;
  tenantId: string;
  caseId: string;
  departmentId: string;
  kind: 'co_handling' | 'follow_up';
  status: 'open' | 'done';
  note: string | null;
  resultNote: string | null;
  createdBy: string | null;
  createdAt: Date;
  completedBy: string | null;
  completedAt: Date | null;
}

export interface DemoCaseRating {
  caseId: string;
  tenantId: string;
  level: number;
  comment: string | null;
  reason: string | null;
  ratedBy: string;
  ratedAt: Date;
}

export interface DemoCases {
  cases: DemoCaseRow[];
  events: DemoCaseEvent[];
  tasks: DemoCaseTask[];
  ratings: DemoCaseRating[];
  /** The last serial used per year, for the case number counters. */
  lastSerialByYear: Map<number, number>;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic UUID (v4 layout) from the generator, so reseeding yields the same ids. */
function uuidFrom(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A moment on a Shanghai working day, between 08:30 and 17:30. */
function at(date: string, rand: () => number, minuteFloor = 0): Date {
  const minute = Math.max(minuteFloor, 30 + Math.floor(rand() * 540));
  const h = 8 + Math.floor(minute / 60);
  const m = minute % 60;
  return new Date(`${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+08:00`);
}

const ratingComments: Record<number, string[]> = {
  5: ['办理高效，经办人耐心细致', '全程网上办理，没有跑腿', '部门协同顺畅，提前办结', '指导很到位，材料一次通过'],
  4: ['总体满意，材料要求可以更清楚些', '办理及时，沟通顺畅'],
  3: ['办理时间偏长', '需要多次补充材料'],
  2: ['补正要求前后不一致'],
  1: ['超过承诺时限仍未办结'],
};

const supplementNotes = ['请补充近三年研发费用专项审计报告', '营业执照副本扫描件不清晰，请重新上传', '请补充知识产权证明材料', '申报书缺少法定代表人签字页'];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/** Generates `count` cases submitted over the 12 months before `today`. */
export function generateDemoCases(input: DemoCasesInput): DemoCases {
  const rand = mulberry32(input.seed);
  const cal = input.calendar;
  const out: DemoCases = { cases: [], events: [], tasks: [], ratings: [], lastSerialByYear: new Map() };
  const start = addCalendarDays(input.today, -365);

  // Submission days: working days of the year, weighted towards the recent months as the platform grew.
  const days: string[] = [];
  for (let d = start; d <= input.today; d = addCalendarDays(d, 1)) if (cal.isWorkingDay(d)) days.push(d);
  const submissionDays = Array.from({ length: input.count }, () => days[Math.floor(Math.sqrt(rand()) * days.length)]!).sort();

  for (const submittedOn of submissionDays) simulate(submittedOn);
  return out;

  /** Plays one case from its submission up to today. */
  function simulate(submittedOn: string): void {
    const item = pick(rand, input.items);
    const enterprise = pick(rand, input.enterprises);
    const lead = input.officerOf(item.leadDepartmentId);
    const channel: 'online' | 'desk' = item.online && (!item.desk || rand() < 0.8) ? 'online' : 'desk';
    const submitter = channel === 'online' ? { id: enterprise.userId, name: enterprise.name, role: 'enterprise' } : { ...input.desk, role: 'desk' };
    const year = Number(submittedOn.slice(0, 4));
    const serial = (out.lastSerialByYear.get(year) ?? 0) + 1;
    out.lastSerialByYear.set(year, serial);
    const id = uuidFrom(rand);
    const events: DemoCaseEvent[] = [];
    const step = (when: Date, actor: { id: string | null; name: string; role: string | null }, departmentId: string | null, action: string, from: Status | null, to: Status | null, note: string | null = null, data: Record<string, unknown> = {}) =>
      events.push({ tenantId: input.tenantId, caseId: id, seq: events.length + 1, at: when, actorId: actor.id, actorName: actor.name, actorRole: actor.role, departmentId, action, fromStatus: from, toStatus: to, note, data });

    const submittedAt = at(submittedOn, rand);
    const row: DemoCaseRow = {
      id,
      tenantId: input.tenantId,
      number: `YJ${year}-${String(serial).padStart(6, '0')}`,
      kind: 'item',
      enterpriseId: enterprise.id,
      itemId: item.id,
      itemVersion: item.version,
      title: `${enterprise.name}${item.name}申请`,
      description: `申请办理“${item.name}”，相关材料已按办事指南准备。`,
      channel,
      status: 'submitted',
      resumeStatus: null,
      leadDepartmentId: item.leadDepartmentId,
      assigneeUserId: null,
      submittedBy: submitter.id,
      submittedOn,
      submittedAt,
      acceptedAt: null,
      resolvedAt: null,
      closedAt: null,
      promisedDays: item.promisedDays,
      dueOn: cal.addWorkingDays(submittedOn, item.promisedDays),
      pausedSince: null,
      pausedWorkingDays: 0,
      escalatedAt: null,
      conditionsConfirmed: true,
      updatedAt: submittedAt,
    };
    step(submittedAt, submitter, null, channel === 'online' ? 'submit' : 'register_walk_in', null, 'submitted');

    const officer = { id: lead.id, name: lead.name, role: 'officer' };
    const elapsed = cal.countWorkingDays(submittedOn, input.today);
    // Each case runs a script of working-day offsets; it stops where today is.
    let day = submittedOn;
    const advance = (n: number): boolean => {
      const next = cal.addWorkingDays(day, n);
      if (next > input.today) return false;
      day = next;
      return true;
    };
    const when = () => {
      const last = events[events.length - 1]!.at;
      const candidate = at(day, rand);
      return candidate > last ? candidate : new Date(last.getTime() + 20 * 60_000);
    };

    // 1. Accept (most the same or next working day) or reject.
    // The last days' cases are partly still waiting for acceptance (the officers' 待受理 queue).
    if (elapsed <= 2 && rand() < 0.6) {
      out.cases.push(row);
      out.events.push(...events);
      return;
    }
    if (!advance(rand() < 0.5 ? 0 : 1) && elapsed > 0) day = submittedOn;
    if (rand() < 0.05) {
      const t = when();
      row.status = 'rejected';
      row.closedAt = t;
      step(t, officer, item.leadDepartmentId, 'reject', 'submitted', 'rejected', '申请主体不符合该事项申请条件，不予受理');
      row.updatedAt = t;
      out.cases.push(row);
      out.events.push(...events);
      return;
    }
    const acceptedAt = when();
    row.status = 'accepted';
    row.acceptedAt = acceptedAt;
    row.assigneeUserId = lead.id;
    step(acceptedAt, officer, item.leadDepartmentId, 'accept', 'submitted', 'accepted', '材料齐全，予以受理');
    row.updatedAt = acceptedAt;

    // 2. Start handling; some add a co-handling department; some ask for a supplement.
    const finish = (): void => {
      out.cases.push(row);
      out.events.push(...events);
    };
    if (!advance(rand() < 0.7 ? 0 : 1)) {
      finish();
      return;
    }
    const startedAt = when();
    step(startedAt, officer, item.leadDepartmentId, 'start', 'accepted', 'in_progress');
    row.status = 'in_progress';
    row.updatedAt = startedAt;

    let coTask: DemoCaseTask | null = null;
    const coDepartmentId = item.coDepartmentIds[0];
    if (coDepartmentId && rand() < 0.6) {
      const t = when();
      coTask = {
        id: uuidFrom(rand),
        tenantId: input.tenantId,
        caseId: id,
        departmentId: coDepartmentId,
        kind: 'co_handling',
        status: 'open',
        note: '请协助核实相关情况并出具意见',
        resultNote: null,
        createdBy: lead.id,
        createdAt: t,
        completedBy: null,
        completedAt: null,
      };
      out.tasks.push(coTask);
      step(t, officer, item.leadDepartmentId, 'add_co_handler', 'in_progress', 'in_progress', coTask.note, { departmentId: coDepartmentId, taskId: coTask.id });
    }

    if (rand() < 0.2) {
      if (!advance(1)) {
      finish();
      return;
    }
      const t = when();
      row.status = 'supplement_requested';
      row.resumeStatus = 'in_progress';
      row.pausedSince = day;
      step(t, officer, item.leadDepartmentId, 'request_supplement', 'in_progress', 'supplement_requested', pick(rand, supplementNotes));
      row.updatedAt = t;
      if (!advance(1 + Math.floor(rand() * 3))) {
      finish();
      return;
    }
      const paused = cal.countWorkingDays(row.pausedSince, day);
      const previousDueOn = row.dueOn;
      row.pausedWorkingDays += paused;
      row.dueOn = cal.addWorkingDays(submittedOn, item.promisedDays + row.pausedWorkingDays);
      row.pausedSince = null;
      row.resumeStatus = null;
      row.status = 'in_progress';
      const ts = when();
      step(ts, { id: enterprise.userId, name: enterprise.name, role: 'enterprise' }, null, 'supplement', 'supplement_requested', 'in_progress', '已按要求补正材料', { pausedWorkingDays: paused, dueOn: row.dueOn, previousDueOn });
      row.updatedAt = ts;
    }

    // 3. The co-handler finishes, then the lead resolves — usually in time, sometimes late.
    const late = rand() < 0.08;
    const handling = late ? item.promisedDays + row.pausedWorkingDays + 1 + Math.floor(rand() * 4) : Math.max(1, Math.floor(rand() * (item.promisedDays + 1)));
    const resolveOn = cal.addWorkingDays(submittedOn, handling);
    if (coTask) {
      const coDay = resolveOn <= input.today ? (day < resolveOn ? cal.addWorkingDays(day, Math.max(0, cal.countWorkingDays(day, resolveOn) - 1)) : day) : null;
      // In the last two months some co-handling departments have not answered yet: those cases
      // run late and go to supervision (督办); older ones were all finished.
      const waitingForCoHandler = elapsed < 45 && rand() < 0.15;
      if (coDay && coDay <= input.today && !waitingForCoHandler) {
        const co = input.officerOf(coTask.departmentId);
        const prevDay = day;
        day = coDay;
        const t = when();
        day = prevDay;
        coTask.status = 'done';
        coTask.completedAt = t;
        coTask.completedBy = co.id;
        coTask.resultNote = '经核实，情况属实，同意办理';
        step(t, { id: co.id, name: co.name, role: 'officer' }, coTask.departmentId, 'complete_task', 'in_progress', 'in_progress', coTask.resultNote, { taskId: coTask.id, kind: 'co_handling' });
      }
    }
    if (resolveOn > input.today || (coTask && coTask.status === 'open')) {
      // Still open: an overdue one has been escalated (督办) the working day after its due date.
      if (input.today > row.dueOn && row.status === 'in_progress') {
        const escalationDay = cal.addWorkingDays(row.dueOn, 1);
        if (escalationDay <= input.today) {
          const t = new Date(`${escalationDay}T09:00:00+08:00`);
          row.escalatedAt = t > row.updatedAt ? t : new Date(row.updatedAt.getTime() + 60_000);
          step(row.escalatedAt, { id: null, name: '系统', role: null }, null, 'escalate', 'in_progress', 'in_progress', '已超过承诺时限，转入督办', { dueOn: row.dueOn });
        }
      }
      {
      finish();
      return;
    }
    }
    day = resolveOn > day ? resolveOn : day;
    const resolvedAt = when();
    row.status = 'resolved';
    row.resolvedAt = resolvedAt;
    row.updatedAt = resolvedAt;
    step(resolvedAt, officer, item.leadDepartmentId, 'resolve', 'in_progress', 'resolved', '已办结，结果已推送企业');

    // 4. The enterprise rates most; the bureau closes what stays unrated for 15 days.
    const ratingDelay = Math.floor(rand() * 4);
    if (rand() < 0.85 && advance(ratingDelay)) {
      const r = rand();
      const level = r < 0.7 ? 5 : r < 0.9 ? 4 : r < 0.96 ? 3 : r < 0.99 ? 2 : 1;
      const t = when();
      const reason = level <= 2 ? pick(rand, ratingComments[level]!) : null;
      out.ratings.push({ caseId: id, tenantId: input.tenantId, level, comment: level > 2 ? pick(rand, ratingComments[level]!) : null, reason, ratedBy: enterprise.userId, ratedAt: t });
      row.status = 'rated';
      row.updatedAt = t;
      const data: Record<string, unknown> = { level };
      if (level <= 2) {
        const followUp: DemoCaseTask = {
          id: uuidFrom(rand),
          tenantId: input.tenantId,
          caseId: id,
          departmentId: item.leadDepartmentId,
          kind: 'follow_up',
          status: 'done',
          note: '差评整改：核实原因并回访企业',
          resultNote: '已电话回访企业，说明情况并改进办理流程',
          createdBy: null,
          createdAt: t,
          completedBy: lead.id,
          completedAt: new Date(t.getTime() + 86_400_000),
        };
        out.tasks.push(followUp);
        data.followUpTaskId = followUp.id;
      }
      step(t, { id: enterprise.userId, name: enterprise.name, role: 'enterprise' }, null, 'rate', 'resolved', 'rated', reason, data);
      if (advance(1 + Math.floor(rand() * 3))) {
        const tc = when();
        row.status = 'closed';
        row.closedAt = tc;
        row.updatedAt = tc;
        step(tc, { ...input.bureauUser, role: 'bureau_admin' }, null, 'close', 'rated', 'closed', '评价完成，办件归档');
      }
    } else if (cal.countWorkingDays(day, input.today) > 12) {
      const closeOn = addCalendarDays(row.resolvedAt.toISOString().slice(0, 10), 16);
      if (closeOn <= input.today) {
        const tc = new Date(`${closeOn}T10:00:00+08:00`);
        row.status = 'closed';
        row.closedAt = tc;
        row.updatedAt = tc;
        step(tc, { ...input.bureauUser, role: 'bureau_admin' }, null, 'close', 'resolved', 'closed', '办结满 15 日未评价，按默认满意归档');
      }
    }
    finish();
  }
}
