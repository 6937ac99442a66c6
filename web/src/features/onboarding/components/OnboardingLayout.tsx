import type { ReactNode } from 'react';
import { Brand } from '../../../components/ui/Brand';
import { CurrentUser } from '../../session/components/CurrentUser';

/** Onboarding happens outside the app shell: no navigation until the first steps are done. */
export function OnboardingLayout({ children }: { children: ReactNode }) {
  return (
    <div className="onboarding">
      <header className="topbar">
        <Brand />
        <CurrentUser />
      </header>
      <main id="main" className="onboarding-main">
        <div className="card">{children}</div>
      </main>
    </div>
  );
}
