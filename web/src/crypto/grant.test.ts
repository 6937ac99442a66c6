import { describe, expect, it } from 'vitest';
import { CaseKey, CaseKeyId } from './caseKey';
import { sealEnvelope, ContentEnvelope, AssociatedData } from './envelope';
import { CaseKeyGrant, sealGrant, type Identity } from './grant';
import { GrantStructure } from './grantStructure';
import { expectError, hex, loadVectors, person, toHex } from './testing';
import { UserKeyPair } from './userKeys';
import { AccountKey } from './accountKey';

const vectors = loadVectors('grant');
const keyId = new CaseKeyId(vectors.caseId, vectors.scope, vectors.generation);
const people: Record<string, Identity> = {
  granter: await person(vectors.granter),
  recipient: await person(vectors.recipient),
  other: await person(vectors.other),
};
const member = (name: string) => ({ accountId: people[name].accountId, publicKeys: people[name].keys.publicKeys });
const body = (grant: Uint8Array) => toHex(grant.subarray(0, grant.length - 64));

describe('CaseKeyGrant', () => {
  it('seals the vector body from a fixed ephemeral key and nonce', async () => {
    const caseKey = await CaseKey.fromRaw(keyId, hex(vectors.caseKey));
    const { ephemeral } = vectors;
    const material = { d: hex(ephemeral.d), x: hex(ephemeral.x), y: hex(ephemeral.y) };

    const grant = await sealGrant(caseKey, people.granter, member('recipient'), material, hex(vectors.nonce));

    // ECDSA signatures are randomised: the body must match exactly, the signature must verify.
    expect(body(grant)).toBe(body(hex(vectors.grant)));
    expect((await CaseKeyGrant.verify(grant, member('granter'))).keyId.equals(keyId)).toBe(true);
  });

  it('lets the recipient open the vector grant (sealed and signed by Java)', async () => {
    const opened = await CaseKeyGrant.open(hex(vectors.grant), keyId, people.recipient, member('granter'));
    const raw = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', opened.key));
    expect(toHex(raw)).toBe(vectors.caseKey);
  });

  it('lets the server read who granted what to whom without keys', () => {
    const structure = GrantStructure.parse(hex(vectors.grant));
    expect(structure.keyId.equals(keyId)).toBe(true);
    expect(structure.recipientAccountId).toBe(vectors.recipient.accountId);
    expect(toHex(structure.recipientFingerprint.bytes)).toBe(vectors.recipient.fingerprint);
    expect(structure.granterAccountId).toBe(vectors.granter.accountId);
  });

  it.each(vectors.negative as Array<Record<string, any>>)('refuses: $name', async (vector) => {
    const expected = new CaseKeyId(vector.caseId, vector.scope, vector.generation);
    await expectError(vector, () =>
      CaseKeyGrant.open(hex(vector.grant), expected, people[vector.opener], member(vector.granter)),
    );
  });

  it('round-trips a chat key between fresh people, and the opened key seals for the other', async () => {
    const accountKey = await AccountKey.fromRaw(new Uint8Array(32).fill(1));
    const requester: Identity = {
      accountId: 'requester-1',
      keys: (await UserKeyPair.create(accountKey, 'requester-1')).keys,
    };
    const provider: Identity = {
      accountId: 'provider-1',
      keys: (await UserKeyPair.create(accountKey, 'provider-1')).keys,
    };
    const chatKey = await CaseKey.generate(new CaseKeyId('case-9', 'chat', 1));

    const grant = await CaseKeyGrant.seal(chatKey, requester, {
      accountId: 'provider-1',
      publicKeys: provider.keys.publicKeys,
    });
    const opened = await CaseKeyGrant.open(grant, chatKey.id, provider, {
      accountId: 'requester-1',
      publicKeys: requester.keys.publicKeys,
    });
    const ad = new AssociatedData('chat-message', 'm-1');
    const message = await sealEnvelope(chatKey, ad, Uint8Array.of(1, 2, 3), new Uint8Array(12));

    expect(Array.from(await ContentEnvelope.open(opened, ad, message))).toEqual([1, 2, 3]);
  });
});
