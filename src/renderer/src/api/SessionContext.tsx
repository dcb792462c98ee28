import { createContext, useContext, type ReactNode } from 'react';
import type { AppStatus, Person } from '../../../shared/contract/types';

interface Session {
  status: AppStatus;
  me: Person;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ status, me, children }: Session & { children: ReactNode }) {
  return <SessionContext.Provider value={{ status, me }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
