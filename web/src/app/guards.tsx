import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Page } from '../components/ui/Page';
import { useSetup } from '../features/setup/api/get-setup';
import { VaultWatch } from '../features/encryption/components/VaultWatch';
import { useMe, useSession } from '../features/session/api/get-session';
import type { Me } from '../types/api';
import { LoadFailure, Splash } from './Splash';

type From = { from?: string } | null;

/** On start: while the instance has no admin yet, everything leads to /setup, and /setup to nothing else. */
export function SetupGate() {
  const setup = useSetup();
  const { pathname } = useLocation();
  if (setup.isPending) return <Splash />;
  if (setup.isError) return <LoadFailure error={setup.error} retry={() => setup.refetch()} />;
  if (setup.data.required && pathname !== '/setup') return <Navigate to="/setup" replace />;
  if (!setup.data.required && pathname === '/setup') return <Navigate to="/" replace />;
  return <Outlet />;
}

/**
 * Pages behind a session: the sign-in page otherwise, which comes back here afterwards. While
 * signed in, the vault is watched (idle lock, key changes elsewhere, another account).
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Splash />;
  if (session.isError) return <LoadFailure error={session.error} retry={() => session.refetch()} />;
  if (!session.data) {
    return <Navigate to="/signin" replace state={{ from: location.pathname + location.search }} />;
  }
  return (
    <>
      <VaultWatch me={session.data} />
      <Outlet />
    </>
  );
}

/** The sign-in page is for those not signed in; the others go where they were heading. */
export function PublicOnly() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Splash />;
  if (session.data) return <Navigate to={(location.state as From)?.from ?? '/'} replace />;
  return <Outlet />;
}

/** Steps 1 and 2 of onboarding come before the app shell. */
export function RequireOnboarding() {
  const me = useMe();
  if (!me.onboarding.profile || !me.onboarding.organization) return <Navigate to="/onboarding" replace />;
  return <Outlet />;
}

/** A page for some people only; the others are told, rather than shown an empty page. */
export function RequireAccess({ allow, children }: { allow: (me: Me) => boolean; children: ReactNode }) {
  const me = useMe();
  if (allow(me)) return children;
  return (
    <Page title="No access">
      <p>This page is not available to your account.</p>
    </Page>
  );
}
