import { describe, expect, it } from 'vitest';
import { generateDemoCases, type DemoCaseCalendar, type DemoCasesInput } from './demo-cases.ts';

/** Weekdays work, weekends rest: enough to check the generator's own logic. */
const weekdays: DemoCaseCalendar = {
  isWorkingDay: (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
  addWorkingDays(from, days) {
    let d = from;
    for (let n = 0; n < days; ) {
      const x = new Date(`${d}T00:00:00Z`);
      x.setUTCDate(x.getUTCDate() + 1);
      d = x.toISOString().slice(0, 10);
      if (this.isWorkingDay(d)) n++;
    }
    return d;
  },
  countWorkingDays(a, b) {
    if (b <= a) return 0;
    let n = 0;
    for (let d = this.addWorkingDays(a, 1); d <= b; d = this.addWorkingDays(d, 1)) n++;
    return n;
  },
};

const input: DemoCasesInput = {
  seed: 7,
  today: '2026-11-26',
  calendar: weekdays,
  tenantId: 't',
  count: 400,
  items: [
    { id: 'i1', name: '高新技术企业认定申报辅导', version: 1, leadDepartmentId: 'd1', coDepartmentIds: ['d2'], promisedDays: 5, online: true, desk: true },
    { id: 'i2', name: '技术合同认定登记', version: 3, leadDepartmentId: 'd2', coDepartmentIds: [], promisedDays: 3, online: true, desk: false },
  ],
  enterprises: [
    { id: 'e1', name: '甲公司', userId: 'u-e1' },
    { id: 'e2', name: '乙公司', userId: 'u-e2' },
  ],
  officerOf: (d) => ({ id: `o-${d}`, name: `${d}经办人` }),
  desk: { id: 'u-desk', name: '窗口' },
  bureauUser: { id: 'u-admin', name: '管理员' },
};

const demo = generateDemoCases(input);

describe('demo cases', () => {
  it('is deterministic', () => {
    expect(generateDemoCases(input).cases.map((c) => [c.id, c.status, c.dueOn])).toEqual(demo.cases.map((c) => [c.id, c.status, c.dueOn]));
  });

  it('spreads cases over the past 12 months and covers every state', () => {
    expect(demo.cases).toHaveLength(400);
    expect(demo.cases.every((c) => c.submittedOn >= '2025-11-26' && c.submittedOn <= '2026-11-26')).toBe(true);
    const states = new Set(demo.cases.map((c) => c.status));
    for (const s of ['submitted', 'in_progress', 'resolved', 'rated', 'closed', 'rejected']) expect(states, s).toContain(s);
  });

  it('tells each case’s story in a timeline that chains up to its status', () => {
    const byCase = new Map<string, typeof demo.events>();
    for (const e of demo.events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
    for (const c of demo.cases) {
      const events = byCase.get(c.id)!;
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      let status: string | null = null;
      for (const e of events) {
        if (e.fromStatus !== null) expect(e.fromStatus, `${c.number} ${e.action}`).toBe(status);
        status = e.toStatus ?? status;
        expect(e.at.getTime()).toBeGreaterThanOrEqual(events[0]!.at.getTime());
      }
      expect(status, c.number).toBe(c.status);
    }
  });

  it('keeps deadlines in working days, extended by supplements, and escalates only overdue open cases', () => {
    for (const c of demo.cases) {
      expect(c.dueOn).toBe(weekdays.addWorkingDays(c.submittedOn, c.promisedDays + c.pausedWorkingDays));
      if (c.escalatedAt) expect(c.dueOn < input.today && !['resolved', 'rated', 'closed', 'rejected'].includes(c.status)).toBe(true);
    }
    expect(demo.cases.some((c) => c.pausedWorkingDays > 0)).toBe(true);
    expect(demo.cases.some((c) => c.escalatedAt)).toBe(true);
  });

  it('rates resolved cases and opens a follow-up task for each bad rating', () => {
    expect(demo.ratings.length).toBeGreaterThan(100);
    for (const r of demo.ratings.filter((x) => x.level <= 2)) {
      expect(r.reason).toBeTruthy();
      expect(demo.tasks.some((t) => t.caseId === r.caseId && t.kind === 'follow_up')).toBe(true);
    }
  });

  it('numbers cases per year without gaps', () => {
    for (const [year, last] of demo.lastSerialByYear) {
      const numbers = demo.cases.filter((c) => c.number.startsWith(`YJ${year}-`)).map((c) => Number(c.number.slice(-6)));
      expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    }
  });
});
