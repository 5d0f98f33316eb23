import { z } from 'zod';

/** The seven roles of the platform (SECURITY.md, issue 2). */
export const Role = z.enum(['enterprise', 'expert', 'officer', 'bureau_admin', 'desk', 'notary', 'leader']);
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
  'workbench.read',
  'account.change_password',
]);
export type Permission = z.infer<typeof Permission>;

const everyone: Permission[] = ['org.read', 'catalogue.read', 'workbench.read', 'account.change_password'];

/** Deny by default: a role has exactly the permissions listed here. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  enterprise: [...everyone, 'enterprise.read'],
  expert: [...everyone],
  officer: [...everyone, 'enterprise.read', 'enterprise.read_all'],
  bureau_admin: [...everyone, 'enterprise.read', 'enterprise.read_all', 'audit.read'],
  desk: [...everyone, 'enterprise.read', 'enterprise.read_all'],
  notary: [...everyone],
  leader: [...everyone, 'enterprise.read', 'enterprise.read_all', 'audit.read'],
};

/** Roles that may only read (the leader reads everything and writes nothing). */
export const readOnlyRoles: readonly Role[] = ['leader'];

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
