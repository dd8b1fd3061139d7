import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';
import { setUnauthorizedHandler } from '../api/client';
import * as sessionApi from './api';
import type { Me } from './types';

type SessionState = { status: 'loading' } | { status: 'anonymous'; error?: unknown; loggedOut?: boolean } | { status: 'authenticated'; me: Me };

interface SessionValue {
  state: SessionState;
  /** Set after a successful login. */
  signedIn: (me: Me) => void;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function loginPath(next: string): string {
  return next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const refresh = useCallback(async () => {
    try {
      setState({ status: 'authenticated', me: await sessionApi.fetchMe() });
    } catch (err) {
      setState({ status: 'anonymous', error: isApiError(err) && err.status === 401 ? undefined : err });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A 401 from any call means the session ended (idle timeout, logout elsewhere): back to login,
  // remembering where the user was. Create forms keep their drafts in sessionStorage meanwhile.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      setState({ status: 'anonymous' });
      // Cancel, do not clear: the page's cached data comes back with the same user's next login.
      void queryClient.cancelQueries();
      const here = window.location.pathname + window.location.search;
      if (window.location.pathname !== '/login') navigate(loginPath(here), { replace: true, state: { expired: true } });
    });
  }, [navigate, queryClient]);

  // Another user's cached answers must never show: a sign-in starts from an empty cache.
  const signedIn = useCallback(
    (me: Me) => {
      queryClient.clear();
      setState({ status: 'authenticated', me });
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await sessionApi.logout();
    } catch {
      // Even if the server call fails, leave: the user asked to go.
    }
    // loggedOut: the login page must not offer to return to the page the user just left.
    queryClient.clear();
    setState({ status: 'anonymous', loggedOut: true });
    navigate('/login', { replace: true });
  }, [navigate, queryClient]);

  const value = useMemo(() => ({ state, signedIn, logout, refresh }), [state, signedIn, logout, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside <SessionProvider>');
  return value;
}

/** The logged-in user; only for pages under the authenticated shell. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useMe without a session');
  return state.me;
}
