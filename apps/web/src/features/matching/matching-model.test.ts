import {
  BudgetBand,
  CandidateKind,
  DemandStatus,
  type EngagementAction,
  ExpertAvailability,
  ExpertOrgType,
  ExpertOutputType,
  ExpertRank,
  ImportKind,
  OutcomeDimension,
  OutcomeMetric,
  SalaryBand,
  TalentEducation,
} from '@yunju/contracts';
import { describe, expect, it } from 'vitest';
import {
  availabilities,
  budgetBands,
  candidateKinds,
  demandStatuses,
  educations,
  engagementProgress,
  expertOrgTypes,
  expertRanks,
  importKinds,
  orderEngagementActions,
  outcomeDimensions,
  outcomeMetrics,
  outputTypes,
  relativeScore,
  salaryBands,
  toWan,
} from './matching-model.ts';

describe('matching code lists', () => {
  it('equal the contract enums', () => {
    expect(candidateKinds).toEqual(CandidateKind.options);
    expect(demandStatuses).toEqual(DemandStatus.options);
    expect(budgetBands).toEqual(BudgetBand.options);
    expect(salaryBands).toEqual(SalaryBand.options);
    expect(educations).toEqual(TalentEducation.options);
    expect(expertRanks).toEqual(ExpertRank.options);
    expect(expertOrgTypes).toEqual(ExpertOrgType.options);
    expect(availabilities).toEqual(ExpertAvailability.options);
    expect([...outputTypes].sort()).toEqual([...ExpertOutputType.options].sort());
    expect(importKinds).toEqual(ImportKind.options);
    expect(outcomeMetrics).toEqual(OutcomeMetric.options);
    expect(outcomeDimensions).toEqual(OutcomeDimension.options);
  });
});

describe('engagementProgress', () => {
  const base = { candidateKind: 'expert' as const, demandKind: 'problem' as const, events: [] };
  it('places a problem engagement on its step', () => {
    expect(engagementProgress({ ...base, status: 'meeting' })).toMatchObject({ current: 3, stopped: false });
    expect(engagementProgress({ ...base, status: 'solved' })).toMatchObject({ current: 5, stopped: false });
  });
  it('places a talent engagement on the shorter path', () => {
    expect(engagementProgress({ ...base, demandKind: 'talent_need', status: 'interview' })).toMatchObject({ current: 1, steps: ['recommended', 'interview', 'hired'] });
  });
  it('places a talent that was asked for its consent on the longer path', () => {
    expect(engagementProgress({ ...base, candidateKind: 'talent', demandKind: 'talent_need', status: 'contact_requested' })).toMatchObject({
      current: 1,
      steps: ['recommended', 'contact_requested', 'consented', 'interview', 'hired'],
    });
  });
  it('stops a declined engagement where it was', () => {
    const events = [
      { seq: 1, at: '', actorId: null, actorName: '', actorRole: null, action: 'push' as const, fromStatus: null, toStatus: 'recommended' as const, note: null, data: {} },
      { seq: 2, at: '', actorId: null, actorName: '', actorRole: null, action: 'request_contact' as const, fromStatus: 'recommended' as const, toStatus: 'contact_requested' as const, note: null, data: {} },
      { seq: 3, at: '', actorId: null, actorName: '', actorRole: null, action: 'decline' as const, fromStatus: 'contact_requested' as const, toStatus: 'declined' as const, note: null, data: {} },
    ];
    expect(engagementProgress({ ...base, status: 'declined', events })).toMatchObject({ current: 1, stopped: true });
  });
});

describe('helpers', () => {
  it('orders the actions with the step forward first and ending last', () => {
    expect(orderEngagementActions(['cancel', 'agree', 'meet'] satisfies EngagementAction[])).toEqual(['meet', 'agree', 'cancel']);
  });
  it('shows yuan as 万元', () => {
    expect(toWan(1_234_500)).toBe(123.45);
  });
  it('scales scores to the best one', () => {
    expect(relativeScore(5, 10)).toBe(50);
    expect(relativeScore(0, 10)).toBe(0);
    expect(relativeScore(1e-6, 10)).toBe(1);
  });
});
