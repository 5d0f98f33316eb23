import { describe, expect, it } from 'vitest';
import { eventDetails, eventTone, requestedMaterials, supplementRequestNote, type NameLookup } from './case-events.ts';

const names: NameLookup = {
  department: (id) => ({ d1: '示范县财政局', d2: '示范县经济和信息化局' })[id],
  user: (id) => (id === 'u1' ? '张三' : undefined),
  join: (list) => list.join('、'),
};

describe('eventDetails', () => {
  it('describes submissions, co-handling, transfers and ratings from the event data', () => {
    expect(eventDetails({ action: 'submit', data: { materials: 3, dueOn: '2025-10-11' } }, names)).toEqual([
      { key: 'materials', values: { count: 3 } },
      { key: 'dueOn', values: { date: '2025-10-11' } },
    ]);
    expect(eventDetails({ action: 'accept', data: { coDepartmentIds: ['d1', 'd2', 'unknown'] } }, names)).toEqual([
      { key: 'coDepartments', values: { names: '示范县财政局、示范县经济和信息化局' } },
    ]);
    expect(eventDetails({ action: 'add_co_handler', data: { departmentId: 'd2', departmentName: '经信局' } }, names)).toEqual([
      { key: 'coDepartment', values: { name: '经信局' } },
    ]);
    expect(eventDetails({ action: 'transfer', data: { toDepartmentId: 'd1' } }, names)).toEqual([{ key: 'toDepartment', values: { name: '示范县财政局' } }]);
    expect(eventDetails({ action: 'rate', data: { level: 2 } }, names)).toEqual([{ key: 'rating', values: { level: 2 } }]);
    expect(eventDetails({ action: 'assign', data: { userId: 'u1' } }, names)).toEqual([{ key: 'assignedTo', values: { name: '张三' } }]);
    expect(eventDetails({ action: 'assign', data: { userId: 'u9' } }, names)).toEqual([]);
  });

  it('ignores data it does not understand', () => {
    expect(eventDetails({ action: 'accept', data: { coDepartmentIds: 'oops' } }, names)).toEqual([]);
    expect(eventDetails({ action: 'supplement', data: { pausedWorkingDays: '2' } }, names)).toEqual([]);
    expect(eventDetails({ action: 'close', data: {} }, names)).toEqual([]);
  });
});

describe('supplement requests', () => {
  const events = [
    { action: 'request_supplement' as const, note: '第一次', data: { materials: ['营业执照'] } },
    { action: 'supplement' as const, note: null, data: {} },
    { action: 'request_supplement' as const, note: '请补充审计报告', data: { materials: ['审计报告', 7] } },
  ];
  it('takes the latest request', () => {
    expect(requestedMaterials(events)).toEqual(['审计报告']);
    expect(supplementRequestNote(events)).toBe('请补充审计报告');
    expect(requestedMaterials([])).toEqual([]);
  });
});

it('colours the timeline by meaning', () => {
  expect(eventTone('reject')).toBe('error');
  expect(eventTone('escalate')).toBe('error');
  expect(eventTone('resolve')).toBe('success');
  expect(eventTone('request_supplement')).toBe('warning');
  expect(eventTone('accept')).toBe('processing');
});
