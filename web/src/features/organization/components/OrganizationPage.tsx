import { useState } from 'react';
import { FormError } from '../../../components/ui/FormError';
import { Loading, Notice } from '../../../components/ui/Notice';
import { Page, Section } from '../../../components/ui/Page';
import { InvitationsTable } from '../../invitations/components/InvitationsTable';
import { useMe } from '../../session/api/get-session';
import { useMemberInvitations } from '../api/member-invitations';
import { InviteMemberForm } from './InviteMemberForm';
import { MembersTable } from './MembersTable';
import { OrganizationDetailsForm } from './OrganizationDetailsForm';
import { OrganizationSummary } from './OrganizationSummary';

/** For requester organization owners (members, invitations) and for anyone who edits their organization. */
export function OrganizationPage() {
  const me = useMe();
  const [saved, setSaved] = useState(false);
  const owner = me.role === 'REQUESTER' && me.organizationOwner;
  const title = me.role === 'PROVIDER' ? 'Your practice' : me.organization?.name ?? 'Organization';
  return (
    <Page title={title}>
      <Section title="Details">
        {saved && <Notice tone="success">The details have been saved.</Notice>}
        {me.mayEditOrganization ? (
          <OrganizationDetailsForm me={me} submitLabel="Save details" onSaved={() => setSaved(true)} />
        ) : (
          me.organization && <OrganizationSummary organization={me.organization} />
        )}
      </Section>
      {owner && (
        <>
          <Section title="Members">
            <MembersTable myId={me.id} />
          </Section>
          <Section title="Invite a member" intro="They join your organization as requesters.">
            <InviteMemberForm />
          </Section>
          <Section title="Invitations">
            <MemberInvitations />
          </Section>
        </>
      )}
    </Page>
  );
}

function MemberInvitations() {
  const invitations = useMemberInvitations();
  if (invitations.isPending) return <Loading what="Loading invitations…" />;
  if (invitations.isError) return <FormError error={invitations.error} />;
  return <InvitationsTable caption="Invitations to your organization" invitations={invitations.data} />;
}
