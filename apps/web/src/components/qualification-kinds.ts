// Every qualification kind, from the base of the tier ladder up; from the zod-free entry of the
// contracts so that a chunk using it does not carry zod.
export { qualificationKinds, isQualificationKind } from '@yunju/contracts/qualification-kinds';
