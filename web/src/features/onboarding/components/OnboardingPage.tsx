import { useState } from 'react';
import { Navigate } from 'react-router';
import { Page } from '../../../components/ui/Page';
import { ProfileForm } from '../../profile/components/ProfileForm';
import { useMe } from '../../session/api/get-session';
import { EncryptionStep } from './EncryptionStep';
import { OrganizationStep } from './OrganizationStep';
import { OnboardingLayout } from './OnboardingLayout';
import { currentStep, STEPS, Steps } from './Steps';

/**
 * The three onboarding steps, shown in turn from the server's onboarding flags. Finishing step 2
 * leads to the dashboard, whose checklist (and the shell's banner) leads back to step 3; step 3
 * stays on screen through its recovery-kit step although the server marks it done on upload.
 */
export function OnboardingPage() {
  const me = useMe();
  const [arrivedAtStep3] = useState(me.onboarding.profile && me.onboarding.organization && !me.onboarding.encryption);
  const step = currentStep(me.onboarding);
  if (step === 'encryption' && !arrivedAtStep3) return <Navigate to="/" replace />;
  const index = STEPS.findIndex((s) => s.id === step);
  return (
    <OnboardingLayout>
      <Page key={step} title={STEPS[index].title} intro={`Step ${index + 1} of ${STEPS.length}. Welcome to Consilium.`}>
        <Steps current={step} onboarding={me.onboarding} />
        {step === 'profile' && <ProfileForm me={me} submitLabel="Continue" />}
        {step === 'organization' && <OrganizationStep me={me} />}
        {step === 'encryption' && <EncryptionStep />}
      </Page>
    </OnboardingLayout>
  );
}
