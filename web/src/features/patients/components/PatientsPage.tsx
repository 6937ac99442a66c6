import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { SelectField, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Loading, Notice } from '../../../components/ui/Notice';
import { Page } from '../../../components/ui/Page';
import { VaultGate } from '../../encryption/components/VaultGate';
import { usePatientByReference, useSetPatientStatus, type OpenedPatient } from '../api/patients';
import { isFullReference, matchesSearch } from '../details';
import { byName } from '../format';
import { PatientForm } from './PatientForm';
import { PatientsTable } from './PatientsTable';
import { useOpenedPatients } from './use-opened-patients';

type StatusFilter = 'ACTIVE' | 'INACTIVE' | 'ALL';

/**
 * "Patients": my organization's patients, opened in this browser. Search filters by name, MRN or
 * reference after decryption; a complete reference (P-000123) is also looked up on the server.
 */
export function PatientsPage() {
  return (
    <Page title="Patients" intro="Your organization's patients. Their personal details are encrypted for your organization's requesters only.">
      <VaultGate>
        <Patients />
      </VaultGate>
    </Page>
  );
}

function Patients() {
  const { organizationId, keys, patients, keyExists, keyHeld } = useOpenedPatients();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('ACTIVE');
  const [editing, setEditing] = useState<'new' | OpenedPatient | null>(null);
  const setActive = useSetPatientStatus();
  const reference = isFullReference(query) ? query : null;
  const found = usePatientByReference(organizationId, reference);

  const source = reference ? found.data : patients.data;
  const rows = (source ?? [])
    .filter((p) => reference !== null || status === 'ALL' || p.status === status)
    .filter((p) => reference !== null || matchesSearch(p.details, p.reference, query))
    .sort(byName);

  if (editing) {
    return (
      <PatientForm
        editing={editing === 'new' || !editing.details ? undefined : { patient: editing, details: editing.details }}
        onSaved={() => setEditing(null)}
        onCancel={() => setEditing(null)}
      />
    );
  }
  return (
    <>
      <div className="patients-toolbar">
        <TextField
          label="Search patients"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          hint="Name, MRN or reference. Names are searched in this browser; a full reference such as P-000123 is also looked up."
          autoComplete="off"
        />
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
          <option value="ACTIVE">Active</option>
          <option value="INACTIVE">Inactive</option>
          <option value="ALL">All</option>
        </SelectField>
        <Button onClick={() => setEditing('new')} disabled={keyExists && !keyHeld}>New patient</Button>
      </div>
      {keys.isPending && <Loading what="Loading your organization's patients key…" />}
      {keys.isError && <FormError error={keys.error} />}
      {keys.data?.problems.map((problem) => (
        <Notice key={problem} tone="warning">{problem}</Notice>
      ))}
      {keyExists && !keyHeld && keys.isSuccess && (
        <Notice tone="warning">
          Your organization&rsquo;s patients key has not been shared with this browser yet. It arrives as soon as a
          colleague who holds it has their vault unlocked; this page opens the patients then.
        </Notice>
      )}
      {(patients.isPending && patients.fetchStatus !== 'idle') || (reference && found.isPending) ? (
        <Loading what="Loading and decrypting patients…" />
      ) : null}
      {patients.isError && <FormError error={patients.error} />}
      {found.isError && <FormError error={found.error} />}
      {setActive.error ? <FormError error={setActive.error} /> : null}
      {source && rows.length === 0 && (
        <p className="empty">{query ? 'No patient matches this search.' : 'No patients yet. Add the first with “New patient”.'}</p>
      )}
      {rows.length > 0 && (
        <PatientsTable
          patients={rows}
          onEdit={setEditing}
          onSetActive={(patient, active) => setActive.mutate({ patient, active })}
          busy={setActive.isPending}
        />
      )}
    </>
  );
}
