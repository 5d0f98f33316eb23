import { z } from 'zod';

/** The roles of the platform (SECURITY.md, issue 2); `talent` (人才) keeps its own talent profile (issue 4). */
export const Role = z.enum(['enterprise', 'expert', 'officer', 'bureau_admin', 'desk', 'notary', 'leader', 'talent']);
export type Role = z.infer<typeof Role>;
export const roles = Role.options;

/**
 * Named permissions, one per action. Services check them; the web only uses them to hide
 * what the user cannot do. Add a permission here and grant it in `rolePermissions`.
 */
export const Permission = z.enum([
  'audit.read',
  'org.read',
  'enterprise.read',
  'enterprise.read_all',
  'catalogue.read',
  'catalogue.manage',
  'catalogue.manage_all',
  'workbench.read',
  'account.change_password',
  'calendar.read',
  'calendar.manage',
  'inbox.read',
  'attachment.upload',
  'attachment.read_own',
  'case.submit',
  'case.register_walk_in',
  'case.read',
  'case.handle',
  'case.supervise',
  'case.rate',
  'case.export',
  'safebox.deposit',
  'safebox.read_own',
  'safebox.notarise',
  'safebox.manage_notary_keys',
  // matching (issue 4): read supply/demand, broker, outcome counters, post demands, own expert profile, manage profiles
  'match.read',
  'match.broker',
  'match.outcomes',
  'demand.post',
  'profile.edit_own',
  'profile.manage',
  // talents (人才) with a sign-in: their own talent profile; engagements where they are the candidate (see and answer)
  'talent.edit_own',
  'engagement.answer_own',
  // enterprises (issue 5): edit the file, correct one's own, tier cultivation, five coverages, fishbone, tasks, assessment
  'enterprise.manage',
  'enterprise.correct_own',
  'cultivation.read',
  'cultivation.manage',
  'coverage.read',
  'coverage.record_cause',
  'coverage.manage_tasks',
  'coverage.manage_targets',
  'coverage.configure',
]);
export type Permission = z.infer<typeof Permission>;

const everyone: Permission[] = ['org.read', 'catalogue.read', 'workbench.read', 'account.change_password', 'calendar.read', 'inbox.read'];
/** Uploading files (case materials) and downloading one's own uploads; not leader, notary or expert for now. */
const uploader: Permission[] = ['attachment.upload', 'attachment.read_own'];
/** Matching brokers (撮合): officers and the bureau admin. */
const broker: Permission[] = ['match.read', 'match.broker', 'match.outcomes', 'demand.post', 'profile.manage'];

/** Enterprise file and cultivation work (issue 5): officers; tasks of their own department only (checked in the service). */
const enterpriseWork: Permission[] = ['enterprise.manage', 'cultivation.read', 'cultivation.manage', 'coverage.read', 'coverage.record_cause', 'coverage.manage_tasks'];
/** Deny by default: a role has exactly the permissions listed here. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  enterprise: [...everyone, ...uploader, 'enterprise.read', 'case.submit', 'case.read', 'case.rate', 'safebox.deposit', 'safebox.read_own', 'match.read', 'demand.post', 'enterprise.correct_own'],
  expert: [...everyone, 'match.read', 'profile.edit_own'],
  officer: [...everyone, ...uploader, 'catalogue.manage', 'enterprise.read', 'enterprise.read_all', 'case.read', 'case.handle', 'case.export', ...broker, ...enterpriseWork],
  bureau_admin: [...everyone, ...uploader, 'catalogue.manage', 'catalogue.manage_all', 'calendar.manage', 'enterprise.read', 'enterprise.read_all', 'audit.read', 'case.read', 'case.handle', 'case.supervise', 'case.export', 'safebox.manage_notary_keys', ...broker, ...enterpriseWork, 'coverage.manage_targets', 'coverage.configure'],
  desk: [...everyone, ...uploader, 'enterprise.read', 'enterprise.read_all', 'case.register_walk_in', 'case.read'],
  notary: [...everyone, 'safebox.notarise'],
  leader: [...everyone, 'enterprise.read', 'enterprise.read_all', 'audit.read', 'case.read', 'case.supervise', 'case.export', 'match.read', 'match.outcomes', 'cultivation.read', 'coverage.read'],
  /** A talent reads and edits its own profile and answers contact requests; it does not browse the supply or demands. */
  talent: [...everyone, 'talent.edit_own', 'engagement.answer_own'],
};

/** Roles that may only read (the leader reads everything and writes nothing). */
export const readOnlyRoles: readonly Role[] = ['leader'];

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
