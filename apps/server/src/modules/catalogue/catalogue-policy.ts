import { hasPermission, type Role } from '@yunju/contracts';

/** Who is asking, as far as catalogue rules care. */
export interface CatalogueActor {
  role: Role;
  departmentId: string | null;
}

/** The bureau admin manages every entry; an officer those its own department leads or owns. */
export function canManageDepartment(actor: CatalogueActor, departmentId: string): boolean {
  if (hasPermission(actor.role, 'catalogue.manage_all')) return true;
  return hasPermission(actor.role, 'catalogue.manage') && actor.departmentId !== null && actor.departmentId === departmentId;
}

/** Contact phones are shown in full only to officers of the owning department and the bureau admin. */
export function canSeeContactPhone(actor: CatalogueActor, ownerDepartmentId: string): boolean {
  return canManageDepartment(actor, ownerDepartmentId);
}

/** 13912341234 → 139****1234; a landline keeps its first three and last four characters. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p.length < 8) return '****';
  return `${p.slice(0, 3)}****${p.slice(-4)}`;
}

/** True when an (imported) phone is the masked form of the stored one: the masked export round-trips. */
export function isMaskedFormOf(candidate: string, stored: string): boolean {
  return candidate.includes('****') && candidate === maskPhone(stored);
}

/** Names of the fields whose values differ (deep, by JSON), for audit summaries and no-op detection. */
export function changedFields<T extends object>(before: T, after: T): (keyof T)[] {
  return (Object.keys(after) as (keyof T)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
