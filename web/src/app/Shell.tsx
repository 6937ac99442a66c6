import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Brand } from '../components/ui/Brand';
import { KeySharing } from '../features/case-keys/components/KeySharing';
import { VaultLockButton } from '../features/encryption/components/VaultLockButton';
import { PatientKeySharing } from '../features/patients/components/PatientKeySharing';
import { useMe } from '../features/session/api/get-session';
import { CurrentUser } from '../features/session/components/CurrentUser';
import { navItems } from './NavItems';

/** The signed-in frame: top bar, sidebar (a menu under 900px wide) and the page. */
export function Shell() {
  const me = useMe();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  useEffect(() => setMenuOpen(false), [location.pathname]);
  useEffect(() => {
    if (!menuOpen) return;
    const close = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [menuOpen]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <header className="topbar">
        <button ref={menuButton} type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="sidebar"
          onClick={() => setMenuOpen((open) => !open)}>
          <span className="menu-icon" aria-hidden="true" />
          Menu
        </button>
        <Link to="/" className="brand-link"><Brand /></Link>
        {me.onboarding.encryption && <VaultLockButton />}
        {me.onboarding.encryption && <KeySharing me={me.id} />}
        {me.onboarding.encryption && me.role === 'REQUESTER' && <PatientKeySharing me={me.id} />}
        <CurrentUser />
      </header>
      <div className="shell-body">
        <nav id="sidebar" aria-label="Main" className={menuOpen ? 'sidebar sidebar-open' : 'sidebar'}>
          <ul>
            {navItems(me).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1} className="shell-main">
          {!me.onboarding.encryption && (
            <div role="status" className="alert alert-warning encryption-notice">
              <p>
                <strong>Finish encryption setup before working on cases.</strong>{' '}
                <Link to="/onboarding">Set up encryption</Link>
              </p>
            </div>
          )}
          <Outlet />
        </main>
      </div>
    </div>
  );
}
