// The TypeScript half of crypto/src/test/java/app/consilium/crypto/InteropWithTypeScriptTest.java:
// opens what Java sealed, seals its own for Java to open. Without the environment variables (a plain
// `npm test`) it is skipped, not failed.
import { describe, expect, it } from 'vitest';
import { AccountKey } from './accountKey';
import { Base64Url } from './base64url';
import { utf8, type Bytes } from './bytes';
import { CaseKey, CaseKeyId } from './caseKey';
import { DocumentKey } from './documentKey';
import { DocumentStream } from './documentStream';
import { AssociatedData, ContentEnvelope } from './envelope';
import { CaseKeyGrant, type Identity, type Member } from './grant';
import { PublicKeys } from './publicKeys';
import { RecoveryCode } from './recoveryCode';
import { pattern, readAll, streamOf, toHex, type Json } from './testing';
import { UserKeyPair } from './userKeys';

const env = import.meta.env as Record<string, string | undefined>;
const inPath = env.CONSILIUM_INTEROP_IN;
const outPath = env.CONSILIUM_INTEROP_OUT;

/** Node's fs, imported by a computed name so the browser build's type check never needs @types/node. */
interface Files {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
}
const fsModule = 'node:fs/promises';

const bytes = (json: Json, field: string) => Base64Url.decode(json[field]);
const member = async (json: Json): Promise<Member> => ({
  accountId: json.accountId,
  publicKeys: await PublicKeys.decode(Base64Url.decode(json.publicKeys)),
});

describe.skipIf(!inPath || !outPath)('interop with the Java implementation', () => {
  it('opens what Java sealed and seals its own', async () => {
    const files = (await import(/* @vite-ignore */ fsModule)) as Files;
    const java = JSON.parse(await files.readFile(inPath!, 'utf8')) as Json;
    const bob = await unlockBob(java);
    const alice = await member(java.alice);
    const caseKey = await CaseKeyGrant.open(
      bytes(java, 'grantAliceToBob'),
      new CaseKeyId('case-java', 'case', 2),
      bob,
      alice,
    );
    const note = await ContentEnvelope.open(caseKey, new AssociatedData('note', 'note-java'), bytes(java, 'note'));
    expect(new TextDecoder().decode(note)).toBe(java.noteText);
    const documentKey = await DocumentKey.unwrap(caseKey, 'doc-java', bytes(java, 'documentKey'));
    const document = await readAll(DocumentStream.decrypt(documentKey, streamOf(bytes(java, 'document'))));
    expect(await sha256(document)).toBe(await sha256(pattern(java.documentBytes)));

    const outputs = await sealForJava(alice);
    outputs.grantBobToAlice = Base64Url.encode(await CaseKeyGrant.seal(caseKey, bob, alice));
    await files.writeFile(outPath!, JSON.stringify(outputs));
  }, 120_000);
});

async function unlockBob(java: Json): Promise<Identity> {
  const { accountKey } = await AccountKey.unlock(
    java.bob.accountId,
    java.passphrase,
    bytes(java, 'bobWrappedAccountKey'),
  );
  const code = await RecoveryCode.parse(java.recoveryCode);
  const byCode = await AccountKey.unlockWithRecoveryCode(
    java.bob.accountId,
    code,
    bytes(java, 'bobRecoveryWrappedAccountKey'),
  );
  const published = (await member(java.bob)).publicKeys;
  const keys = await UserKeyPair.unwrap(
    accountKey,
    java.bob.accountId,
    published,
    bytes(java, 'bobWrappedPrivateKeys'),
  );
  // The recovery-code unwrap must yield the same account key: it opens the same private keys.
  await UserKeyPair.unwrap(byCode, java.bob.accountId, published, bytes(java, 'bobWrappedPrivateKeys'));
  return { accountId: java.bob.accountId, keys };
}

async function sealForJava(alice: Member): Promise<Json> {
  const passphrase = 'TypeScript-Passphrase-7?';
  const code = RecoveryCode.generate();
  const created = await AccountKey.create('carol-ts', passphrase, code);
  const { keys, wrapped } = await UserKeyPair.create(created.accountKey, 'carol-ts');
  const carol: Identity = { accountId: 'carol-ts', keys };
  const caseKey = await CaseKey.generate(new CaseKeyId('case-ts', 'case', 1));
  const noteText = 'Stellungnahme: keine Kausalität nachweisbar. — TypeScript note';
  const document = await DocumentKey.generate(caseKey, 'doc-ts');
  const documentBytes = 2 * (1 << 20) + 999;
  return {
    passphrase,
    recoveryCode: await code.display(),
    carol: { accountId: carol.accountId, publicKeys: encode(keys.publicKeys.encoded) },
    carolWrappedAccountKey: encode(created.wrapped),
    carolRecoveryWrappedAccountKey: encode(created.recoveryWrapped!),
    carolWrappedPrivateKeys: encode(wrapped),
    grantCarolToAlice: encode(await CaseKeyGrant.seal(caseKey, carol, alice)),
    noteText,
    note: encode(await ContentEnvelope.seal(caseKey, new AssociatedData('note', 'note-ts'), utf8(noteText))),
    documentKey: encode(document.wrapped),
    documentBytes,
    document: encode(await readAll(DocumentStream.encrypt(document.key, streamOf(pattern(documentBytes))))),
  };
}

function encode(value: Bytes): string {
  return Base64Url.encode(value);
}

async function sha256(value: Bytes): Promise<string> {
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', value)));
}
