import { CopyField } from '../../../components/ui/CopyField';
import { Notice } from '../../../components/ui/Notice';
import type { SentInvitation as Sent } from '../../../types/api';

/** What happened to an invitation just sent: emailed, or a link for the sender to pass on. */
export function SentInvitation({ sent }: { sent: Sent }) {
  const email = sent.invitation.email;
  if (!sent.link) {
    return <Notice tone="success">Invitation sent to {email}.</Notice>;
  }
  return (
    <div className="sent-invitation">
      <Notice tone="success">
        Invitation created for {email}. No email server is configured, so pass this link on yourself. It works once and
        expires; keep it private.
      </Notice>
      <CopyField label="Invitation link" value={sent.link} />
    </div>
  );
}
