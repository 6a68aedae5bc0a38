// Who is signed in. The session is an httpOnly cookie the client never sees; /api/me tells who it is.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, setUnauthenticatedHandler } from './api/client';
import type { Role, User } from './api/types';

interface AuthState {
  /** undefined while the first /api/me is on its way. */
  user: User | null | undefined;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    setUnauthenticatedHandler(() => setUser(null));
    api.get<User>('/api/me').then(setUser, () => setUser(null));
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    await api.post('/api/auth/login', { email, password });
    setUser(await api.get<User>('/api/me'));
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setUser(null);
    }
  }, []);

  return <AuthContext.Provider value={{ user, signIn, signOut }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in user (screens behind the sign-in page only). */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}

export const hasRole = (user: User, ...roles: Role[]): boolean =>
  user.roles.includes('admin') || roles.some((role) => user.roles.includes(role));
