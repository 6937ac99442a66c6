// Scope 3: an organization's patients key (docs/crypto.md §8), whose container id is the organization.
import { describe, expect, it } from 'vitest';
import { CaseKey, CaseKeyId, scopeFromId, scopeId } from './caseKey';
import { AssociatedData, ContentEnvelope } from './envelope';
import { CannotVerifyError } from './errors';

const ORGANIZATION = '0f0e0d0c-0000-4000-8000-000000000001';
const PATIENT = '7a7a7a7a-0000-4000-8000-000000000007';
const RAW = new Uint8Array(32).fill(7);

describe('the patients scope', () => {
  it('is byte 3 both ways', () => {
    expect(scopeId('patients')).toBe(3);
    expect(scopeFromId(3)).toBe('patients');
  });

  it('binds patient details to the organization and the scope', async () => {
    const key = await CaseKey.fromRaw(new CaseKeyId(ORGANIZATION, 'patients', 1), RAW);
    const ad = new AssociatedData('patient', PATIENT);
    const envelope = await ContentEnvelope.seal(key, ad, new TextEncoder().encode('{"v":1,"fullName":"Jane Roe"}'));
    expect(new TextDecoder().decode(await ContentEnvelope.open(key, ad, envelope))).toContain('Jane Roe');

    const sameBytesAsCaseKey = await CaseKey.fromRaw(new CaseKeyId(ORGANIZATION, 'case', 1), RAW);
    const otherOrganization = await CaseKey.fromRaw(new CaseKeyId('0f0e0d0c-0000-4000-8000-000000000002', 'patients', 1), RAW);
    for (const wrong of [sameBytesAsCaseKey, otherOrganization]) {
      await expect(ContentEnvelope.open(wrong, ad, envelope)).rejects.toBeInstanceOf(CannotVerifyError);
    }
    await expect(ContentEnvelope.open(key, new AssociatedData('patient', ORGANIZATION), envelope)).rejects.toBeInstanceOf(
      CannotVerifyError,
    );
  });
});
