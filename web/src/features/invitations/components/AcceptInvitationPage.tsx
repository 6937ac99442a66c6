import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { AuthLayout } from '../../../components/ui/AuthLayout';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Page } from '../../../components/ui/Page';
import { takeFragmentToken } from '../../../lib/fragment-token';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitationPreview } from '../api/lookup-invitation';
import { AcceptInvitationForm } from './AcceptInvitationForm';

/** The page an invitation link opens: /invite#token=… */
export function AcceptInvitationPage() {
  const [token] = useState(takeFragmentToken);
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation();

  if (accept.isSuccess) return <Navigate to="/onboarding" replace />;
  return (
    <AuthLayout>
      <Page title="Accept your invitation">
        {!token && (
          <div role="alert" className="alert alert-error">
            <p>This invitation link is incomplete. Open the link from your invitation email again, or ask the person who invited you for a new one.</p>
          </div>
        )}
        {preview.isLoading && <Loading what="Checking your invitation…" />}
        {preview.isError && (
          <>
            <FormError error={preview.error} />
            <p><Link to="/signin">Go to the sign-in page</Link></p>
          </>
        )}
        {token && preview.data && (
          <AcceptInvitationForm token={token} preview={preview.data} accept={accept} />
        )}
      </Page>
    </AuthLayout>
  );
}
