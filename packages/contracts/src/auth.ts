import { z } from 'zod';
import { Permission, Role } from './roles.ts';
import { passwordStrengthProblems } from './password-policy.ts';

export { passwordStrengthProblems, type PasswordProblem } from './password-policy.ts';

export const LoginInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const CurrentUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  tenantId: z.string(),
  tenantName: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  enterpriseId: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  mustChangePassword: z.boolean(),
  permissions: z.array(Permission),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

/** Answer of login, of `GET /api/auth/me` and of a password change (the session rotates). */
export const SessionInfo = z.object({
  user: CurrentUser,
  csrfToken: z.string(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: z
    .string()
    .max(128)
    .refine((p) => passwordStrengthProblems(p).length === 0, {
      message: 'at least 8 characters mixing three of upper case, lower case, digits and symbols',
    }),
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
