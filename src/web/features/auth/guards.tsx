import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role, SessionState } from '../../api/types';
import { NotFoundPage } from '../shell/not-found-page';
import { pathForState, useSession } from './session';

/** The app pages: signed-out people go to sign-in, half-signed-in people finish their second factor. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { data: session } = useSession();
  const location = useLocation();
  if (!session)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (session.state !== 'signed_in') return <Navigate to={pathForState(session.state)} replace />;
  if (session.privacyAcceptance?.required)
    return <Navigate to="/privacy-update" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

/** The page of a new privacy text: only for a signed-in person who has yet to accept it. */
export function RequirePrivacyUpdate({ children }: { children: ReactNode }) {
  const { data: session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace />;
  if (session.state !== 'signed_in') return <Navigate to={pathForState(session.state)} replace />;
  if (!session.privacyAcceptance?.required) {
    const from = (location.state as { from?: unknown } | null)?.from;
    return <Navigate to={typeof from === 'string' && from.startsWith('/') ? from : '/'} replace />;
  }
  return children;
}

/** A page for some roles only; others see "not found", which reveals nothing about the page. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { data: session } = useSession();
  if (!session || !roles.includes(session.user.role)) return <NotFoundPage />;
  return children;
}

/** A step of sign-in that only makes sense in some session states. */
export function RequireSessionState({ states, children }: { states: SessionState[]; children: ReactNode }) {
  const { data: session } = useSession();
  if (!session) return <Navigate to="/sign-in" replace />;
  if (!states.includes(session.state)) return <Navigate to={pathForState(session.state)} replace />;
  return children;
}

/** The sign-in page is pointless once signed in. */
export function RedirectWhenSignedIn({ children }: { children: ReactNode }) {
  const { data: session } = useSession();
  if (session?.state === 'signed_in') return <Navigate to="/" replace />;
  return children;
}
