import type { QualificationKind } from '@yunju/contracts';

/**
 * Every qualification kind, from the base of the tier ladder up (the contracts' `QualificationKind`
 * order). A copy, because a value import from `@yunju/contracts` brings zod into the chunk;
 * `qualification-kinds.test.ts` keeps it equal to the contract.
 */
export const qualificationKinds: readonly QualificationKind[] = [
  'tech_sme',
  'high_tech',
  'tech_little_giant',
  'tech_leader',
  'srdi_sme',
  'srdi_little_giant',
  'hidden_champion',
  'single_champion',
  'eagle',
  'listed',
  'ip_pilot',
];

/** Whether a string (a URL parameter, a server code) is a kind this build knows. */
export function isQualificationKind(value: string | null | undefined): value is QualificationKind {
  return typeof value === 'string' && (qualificationKinds as readonly string[]).includes(value);
}
