import { useId } from 'react';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Page, Section } from '../../../components/ui/Page';
import { InvitationsTable } from '../../invitations/components/InvitationsTable';
import { useInvitations, useRevokeInvitation } from '../api/invitations';
import { AccountsTable } from './AccountsTable';
import { InviteForm } from './InviteForm';

export function PeoplePage() {
  const inviteHeading = useId();
  return (
    <Page title="People" intro="Invite requesters, providers and admins, and manage their accounts.">
      <Section title="Invite someone" headingId={inviteHeading}>
        <InviteForm labelledBy={inviteHeading} />
      </Section>
      <Section title="Accounts">
        <AccountsTable />
      </Section>
      <Section title="Invitations">
        <AdminInvitations />
      </Section>
    </Page>
  );
}

function AdminInvitations() {
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  if (invitations.isPending) return <Loading what="Loading invitations…" />;
  if (invitations.isError) return <FormError error={invitations.error} />;
  return (
    <>
      <FormError error={revoke.error} />
      <InvitationsTable
        caption="Invitations"
        invitations={invitations.data}
        showOrganization
        onRevoke={(invitation) => revoke.mutate(invitation.id)}
        revoking={revoke.isPending ? revoke.variables : null}
      />
    </>
  );
}
