import { Button } from '../../../components/ui/Button';
import { FormError } from '../../../components/ui/FormError';
import { OrganizationDetailsForm } from '../../organization/components/OrganizationDetailsForm';
import { OrganizationSummary } from '../../organization/components/OrganizationSummary';
import type { Me } from '../../../types/api';
import { useConfirmOrganization } from '../api/confirm-organization';

/** Step 2: edit the organization (owners, providers' practices) or confirm it as the admin set it up. */
export function OrganizationStep({ me }: { me: Me }) {
  const confirm = useConfirmOrganization();
  if (me.mayEditOrganization) {
    const intro = me.organization
      ? 'Check your organization’s details. Requesters and providers see them on shared cases.'
      : 'Tell us about your practice. Requesters see these details when they work with you.';
    return (
      <>
        <p className="step-intro">{intro}</p>
        <OrganizationDetailsForm me={me} submitLabel="Continue" />
      </>
    );
  }
  return (
    <>
      {me.organization ? (
        <>
          <p className="step-intro">
            You are a member of this organization. Its owner or an admin keeps these details up to date.
          </p>
          <OrganizationSummary organization={me.organization} />
        </>
      ) : (
        <p className="step-intro">Your account does not belong to an organization.</p>
      )}
      <FormError error={confirm.error} />
      <div className="form-actions">
        <Button busy={confirm.isPending} onClick={() => confirm.mutate()}>Continue</Button>
      </div>
    </>
  );
}
