import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Permission } from '@shared/contracts/auth';
import { ApiError, setCsrfToken } from './api/client';
import { authApi, type Me, type Session } from './api/endpoints';
import { setServerTime } from './format';

export const SESSION_KEY = ['session'] as const;

async function loadSession(): Promise<Session | null> {
  try {
    const s = await authApi.me();
    setCsrfToken(s.csrfToken);
    setServerTime(s.serverTime);
    return s;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: loadSession, staleTime: 5 * 60_000, retry: 1 });
}

/** The logged-in user; only call below RequireAuth. */
export function useMe(): Me {
  const { data } = useSession();
  if (!data) throw new Error('useMe outside an authenticated route');
  return data.user;
}

export function useCan() {
  const { data } = useSession();
  return (p: Permission) => !!data?.user.permissions.includes(p);
}

export function useSetSession() {
  const qc = useQueryClient();
  return (s: Session | null) => {
    if (s) {
      setCsrfToken(s.csrfToken);
      setServerTime(s.serverTime);
    } else setCsrfToken('');
    qc.setQueryData(SESSION_KEY, s);
  };
}
