import { FormError } from '../../../components/ui/FormError';
import { Section } from '../../../components/ui/Page';
import type { MemberCaseView } from '../../../types/api';
import type { CaseKeyState } from '../../case-keys/sync';
import type { MemberFingerprints } from '../../case-keys/use-member-keys';
import { useCollaborators } from '../api/collaborators';
import { CaseMembers } from './CaseMembers';
import { Collaborators } from './Collaborators';

type Props = { view: MemberCaseView; keys?: CaseKeyState; fingerprints?: MemberFingerprints };

/** The Collaborators tab: everyone on the case and what they did; the requester side adds and removes colleagues. */
export function CaseCollaborators({ view, keys, fingerprints }: Props) {
  const activity = useCollaborators(view.summary.id);
  return (
    <>
      <Section
        title="Members"
        intro="Everyone who can open this case. Compare a fingerprint with its owner to be sure the case key goes to them."
      >
        {activity.isError && <FormError error={activity.error} />}
        <CaseMembers view={view} activity={activity.data} keys={keys} fingerprints={fingerprints} />
      </Section>
      {view.me.side === 'REQUESTER' && <Collaborators view={view} />}
    </>
  );
}
