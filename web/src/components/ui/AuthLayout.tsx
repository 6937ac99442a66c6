import type { ReactNode } from 'react';
import { Brand } from './Brand';

/** The frame of the pages used before signing in: brand, one centred card, nothing else. */
export function AuthLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <div className="auth">
      <header className="auth-header">
        <Brand />
      </header>
      <main id="main" className={wide ? 'auth-main auth-main-wide' : 'auth-main'}>
        <div className="card">{children}</div>
      </main>
      <footer className="auth-footer">
        <p>Case content is encrypted in your browser. Consilium's servers never see it in the clear.</p>
      </footer>
    </div>
  );
}
