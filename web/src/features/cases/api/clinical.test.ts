import { beforeAll, describe, expect, it } from 'vitest';
import { Base64Url } from '../../../crypto';
import { VaultClient } from '../../../vault/client';
import { dedicatedWorkers } from '../../../vault/testing';
import { openClinical, sealClinical, type ClinicalDetails } from './clinical';

const CASE = '6b1f3c1e-0d7a-4d0e-9a55-2b7f0f0c9e11';
const OTHER_CASE = '0c5e2a77-51b4-4f8e-8d8e-9f1c3d2b6a40';
const ADA = '3f0c9a52-9d3e-4c41-9b7c-0a1e5f2d8c11';

const DETAILS: ClinicalDetails = {
  clinicalQuestion: 'Is surgery indicated for the L4/L5 disc herniation?',
  clinicalSummary: 'Low back pain for 6 months, radiating to the left leg; MRI 2026-10-02.\nNo improvement with physiotherapy.',
  patient: {
    reference: 'P-0042',
    fullName: 'Jane Q. Doe',
    dateOfBirth: '1970-03-14',
    sex: 'FEMALE',
    identifiers: [{ type: 'MRN', value: '884-221' }],
    contact: '+1 555 0100',
  },
};

describe('clinical details', () => {
  let vault: VaultClient;

  beforeAll(async () => {
    vault = new VaultClient(dedicatedWorkers().connect);
    await vault.setUp(ADA, 'Correct horse battery staple 42!', { withRecoveryKit: false });
    await vault.commit(1);
    for (const caseId of [CASE, OTHER_CASE]) {
      await vault.createCaseKey({ caseId, scope: 'case', generation: 1 });
      await vault.commitCaseKey({ caseId, scope: 'case', generation: 1 });
    }
  }, 60_000);

  it('seals the question, summary and patient as one envelope that opens to the same JSON', async () => {
    const body = await sealClinical(vault, CASE, DETAILS, 1);
    expect(body.generation).toBe(1);
    expect(new TextDecoder().decode(Base64Url.decode(body.sealed))).not.toContain('Jane');
    await expect(openClinical(vault, CASE, body.sealed)).resolves.toEqual(DETAILS);
  });

  it('keeps a second opinion without a patient snapshot as null', async () => {
    const body = await sealClinical(vault, CASE, { ...DETAILS, patient: null }, 1);
    expect((await openClinical(vault, CASE, body.sealed)).patient).toBeNull();
  });

  it('is bound to its case: the same envelope does not open as another case’s', async () => {
    const body = await sealClinical(vault, CASE, DETAILS, 1);
    await expect(openClinical(vault, OTHER_CASE, body.sealed)).rejects.toMatchObject({ kind: 'cannot-verify' });
  });
});
