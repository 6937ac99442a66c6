import { Page, Section } from '../../../components/ui/Page';
import { roleLabels } from '../../../lib/labels';
import { OverdueDeliverables } from '../../deliverables/components/OverdueDeliverables';
import { EncryptionSummary } from '../../encryption/components/EncryptionSummary';
import { useMe } from '../../session/api/get-session';
import { OnboardingChecklist } from './OnboardingChecklist';

const roleIntro = {
  ADMIN: 'You invite people, manage organizations and specialties, and keep the work moving.',
  REQUESTER: 'You send cases and intake requests to medical experts and follow them to the report.',
  PROVIDER: 'You review cases and intake requests in your specialties and deliver your opinion.',
} as const;

/** A welcome, the onboarding checklist, overdue deliverables and the vault. More counts come with their features. */
export function DashboardPage() {
  const me = useMe();
  return (
    <Page title={`Welcome, ${me.fullName}`}>
      <p className="lead">
        You are signed in as {me.role === 'ADMIN' ? 'an' : 'a'} <strong>{roleLabels[me.role].toLowerCase()}</strong>
        {me.organization && <> of <strong>{me.organization.name}</strong></>}. {roleIntro[me.role]}
      </p>
      {!me.onboarding.complete && (
        <Section title="Getting started" intro="A few steps remain before you can work on cases.">
          <OnboardingChecklist onboarding={me.onboarding} />
        </Section>
      )}
      {me.role !== 'ADMIN' && me.onboarding.complete && <OverdueDeliverables />}
      {me.onboarding.encryption && <EncryptionSummary />}
    </Page>
  );
}
