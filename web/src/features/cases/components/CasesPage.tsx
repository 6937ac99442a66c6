import { Link, useLocation } from 'react-router';
import { Notice } from '../../../components/ui/Notice';
import { Page } from '../../../components/ui/Page';
import { VaultGate } from '../../encryption/components/VaultGate';
import { useMe } from '../../session/api/get-session';
import type { CaseFilter } from '../list-query';
import { CaseList } from './CaseList';

const REQUESTER_FILTERS: CaseFilter[] = ['status', 'engagementType', 'specialtyId', 'providerId'];
const PROVIDER_FILTERS: CaseFilter[] = ['status', 'engagementType', 'specialtyId'];

/**
 * "Cases & Records": the cases I am on. Behind the vault like every case page: unlocking here also
 * lets this browser share keys with members waiting for them.
 */
export function CasesPage() {
  const me = useMe();
  const requester = me.role === 'REQUESTER';
  // Set by a case page the person just left (they rejected the case).
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <Page title="Cases & Records" actions={requester && <Link to="/cases/new" className="btn btn-primary">New case</Link>}>
      {notice && <Notice tone="success"><p>{notice}</p></Notice>}
      <VaultGate>
        <CaseList
          source="/api/cases"
          filters={requester ? REQUESTER_FILTERS : PROVIDER_FILTERS}
          caption="Your cases"
          linkTo={(id) => `/cases/${id}`}
          emptyActive={
            requester ? 'No active cases. Create one with “New case”.' : 'No active cases. Cases you are assigned to appear here.'
          }
        />
      </VaultGate>
    </Page>
  );
}
