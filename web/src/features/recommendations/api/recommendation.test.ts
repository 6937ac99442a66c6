import { beforeAll, describe, expect, it } from 'vitest';
import { Base64Url } from '../../../crypto';
import { VaultClient } from '../../../vault/client';
import { dedicatedWorkers } from '../../../vault/testing';
import { openRecommendation, sealRecommendation, type RecommendationContent } from './recommendation';

const CASE = '6b1f3c1e-0d7a-4d0e-9a55-2b7f0f0c9e11';
const OTHER_CASE = '0c5e2a77-51b4-4f8e-8d8e-9f1c3d2b6a40';
const ADA = '3f0c9a52-9d3e-4c41-9b7c-0a1e5f2d8c11';

const CONTENT: RecommendationContent = {
  summary: 'Stable angina, low risk of events.',
  impression: 'CCS class II',
  recommendations: 'Start a statin.\nNo angiography now.',
  references: 'ESC 2024 chronic coronary syndromes',
  attachments: ['5d7c0a1e-2b3f-4c5d-8e9f-0a1b2c3d4e5f'],
};

describe('recommendation content', () => {
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

  it('seals every section and the attachments as one envelope that opens to the same content', async () => {
    const sealed = await sealRecommendation(vault, CASE, CONTENT, 1);
    expect(new TextDecoder().decode(Base64Url.decode(sealed))).not.toContain('angina');
    await expect(openRecommendation(vault, CASE, sealed)).resolves.toEqual(CONTENT);
  });

  it('is bound to its case', async () => {
    const sealed = await sealRecommendation(vault, CASE, CONTENT, 1);
    await expect(openRecommendation(vault, OTHER_CASE, sealed)).rejects.toMatchObject({ kind: 'cannot-verify' });
  });
});
