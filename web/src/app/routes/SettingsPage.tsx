import { useState } from 'react';
import { Notice } from '../../components/ui/Notice';
import { Link } from 'react-router';
import { Page, Section } from '../../components/ui/Page';
import { ProfileForm } from '../../features/profile/components/ProfileForm';
import { ChangePasswordForm } from '../../features/security/components/ChangePasswordForm';
import { SignOutEverywhere } from '../../features/security/components/SignOutEverywhere';
import { TwoFactorSection } from '../../features/security/components/TwoFactorSection';
import { useMe } from '../../features/session/api/get-session';

/** Profile and security on one page, each section with its own form and messages. */
export function SettingsPage() {
  const me = useMe();
  const [saved, setSaved] = useState(false);
  return (
    <Page title="Settings">
      <Section title="Profile" intro={<>You sign in as <strong>{me.email}</strong>.</>}>
        {saved && <Notice tone="success">Your profile has been saved.</Notice>}
        <ProfileForm me={me} submitLabel="Save" onSaved={() => setSaved(true)} />
      </Section>
      <Section title="Security">
        <h3>Change password</h3>
        <ChangePasswordForm />
        <h3>Two-factor authentication</h3>
        <TwoFactorSection />
        <h3>Sessions</h3>
        <SignOutEverywhere />
      </Section>
      {me.role === 'PROVIDER' && (
        <Section title="Availability">
          <p>
            How many open cases you take, your working hours and your time off: admins assign cases by them.{' '}
            <Link to="/settings/availability">Availability settings</Link>
          </p>
        </Section>
      )}
      <Section title="Encryption">
        <p>
          {me.onboarding.encryption
            ? 'Your key fingerprint, your encryption passphrase and your recovery kit.'
            : 'You have not set up encryption yet: it is needed before working on cases.'}{' '}
          <Link to="/settings/encryption">Encryption settings</Link>
        </p>
      </Section>
    </Page>
  );
}
