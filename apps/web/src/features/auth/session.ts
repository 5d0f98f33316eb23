import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CurrentUser, Permission, SessionInfo } from '@yunju/contracts';
import { api, isApiError, setCsrfToken } from '../../api.ts';
import { queryClient } from '../../query-client.ts';

export const sessionQueryKey = ['session'] as const;

/** The signed-in session, or null when there is none (`/api/auth/me` answered 401). */
async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await api.get<SessionInfo>('/api/auth/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: fetchSession,
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  refetchOnWindowFocus: false,
});

/** Stores a new session (login, password change) and its CSRF token. */
export function applySession(session: SessionInfo): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionQueryKey, session);
}

/**
 * Marks the session as ended. The caller then navigates to the login page, and afterwards
 * calls `forgetUserData` so that no record of the previous user stays in memory.
 */
export function endSession(): void {
  setCsrfToken(null);
  queryClient.setQueryData(sessionQueryKey, null);
}

export function forgetUserData(): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}

export function login(username: string, password: string): Promise<SessionInfo> {
  return api.post<SessionInfo>('/api/auth/login', { username, password });
}

/** Ends the session on the server; a failure (already expired, offline) still signs out here. */
export async function logout(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout');
  } catch {
    // the cookie is HttpOnly and expires on its own; the local state is cleared regardless
  }
  endSession();
}

let lastUser: CurrentUser | null = null;

/**
 * The current user, for components under the signed-in layout (its loader ensures a session).
 * During the instant between sign-out and the navigation to /login it keeps the last user.
 */
export function useCurrentUser(): CurrentUser {
  const { data } = useQuery(sessionQuery);
  if (data) lastUser = data.user;
  if (!lastUser) throw new Error('useCurrentUser outside a signed-in route');
  return lastUser;
}

export function can(user: CurrentUser, permission: Permission): boolean {
  return user.permissions.includes(permission);
}
