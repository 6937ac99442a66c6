import { NONCE_BYTES, unwrapAesKey, wrapAesKey } from './aesGcm';
import { ByteWriter, randomBytes, type Bytes } from './bytes';
import { CASE_KEY_USAGES, CaseKey, scopeId, type CaseKeyId } from './caseKey';
import { CannotVerifyError } from './errors';
import { GRANT_SUITE, GRANT_VERSION, GrantStructure } from './grantStructure';
import { hkdfAesKey } from './hkdf';
import {
  agree,
  generateMaterial,
  importPrivateKey,
  importPublicKey,
  pointOf,
  sign,
  verify,
  type KeyMaterial,
} from './p256';
import type { PublicKeys } from './publicKeys';
import type { UserKeyPair } from './userKeys';

const KEK_LABEL = 'consilium/grant-key';
const SIGNATURE_LABEL = 'consilium/grant-signature';
const WHAT = 'case key grant';

/** Someone as others see them. */
export interface Member {
  accountId: string;
  publicKeys: PublicKeys;
}

/** The person at this client, with unwrapped keys. */
export interface Identity {
  accountId: string;
  keys: UserKeyPair;
}

/**
 * A case key wrapped for one member (ECDH-ES P-256, HKDF-SHA256 over the whole context, AES-256-GCM)
 * and signed by the granter (ECDSA P-256, r||s). Moved to another case, recipient or generation, it
 * fails the signature and the key derivation alike.
 */
export class CaseKeyGrant {
  static async seal(caseKey: CaseKey, granter: Identity, recipient: Member): Promise<Bytes> {
    return sealGrant(caseKey, granter, recipient, await generateMaterial('ECDH'), randomBytes(NONCE_BYTES));
  }

  /** Shape, granter named inside, and the granter's signature: what the server and every client check. */
  static async verify(grant: Bytes, granter: Member): Promise<GrantStructure> {
    const structure = GrantStructure.parse(grant);
    if (
      structure.granterAccountId !== granter.accountId ||
      !structure.granterFingerprint.equals(granter.publicKeys.fingerprint)
    ) {
      throw new CannotVerifyError(WHAT, 'granted by someone else');
    }
    const signed = labelled(SIGNATURE_LABEL, structure.body);
    if (!(await verify(granter.publicKeys.signingKey, signed, structure.signature))) {
      throw new CannotVerifyError(WHAT, "signature does not match the granter's key");
    }
    return structure;
  }

  /** @throws CannotVerifyError for another case, scope, generation or recipient, a wrong signer, tampering */
  static async open(grant: Bytes, expected: CaseKeyId, recipient: Identity, granter: Member): Promise<CaseKey> {
    const structure = await CaseKeyGrant.verify(grant, granter);
    if (!structure.keyId.equals(expected)) throw new CannotVerifyError(WHAT, 'carries another case key');
    if (
      structure.recipientAccountId !== recipient.accountId ||
      !structure.recipientFingerprint.equals(recipient.keys.publicKeys.fingerprint)
    ) {
      throw new CannotVerifyError(WHAT, 'addressed to someone else');
    }
    const ephemeral = await importPublicKey(structure.ephemeralPoint, 'ECDH');
    const kek = await keyEncryptionKey(await agree(recipient.keys.agreementKey, ephemeral), structure.context);
    const aad = labelled(KEK_LABEL, structure.context);
    const key = await unwrapAesKey(kek, structure.nonce, structure.ciphertext, aad, true, CASE_KEY_USAGES, WHAT);
    return CaseKey.fromCryptoKey(expected, key);
  }
}

/** Deterministic sealing: ephemeral key and nonce are parameters only so test vectors can be fixed. */
export async function sealGrant(
  caseKey: CaseKey,
  granter: Identity,
  recipient: Member,
  ephemeral: KeyMaterial,
  nonce: Bytes,
): Promise<Bytes> {
  const id = caseKey.id;
  const context = new ByteWriter()
    .u8(GRANT_VERSION)
    .u8(GRANT_SUITE)
    .u8(scopeId(id.scope))
    .u32(id.generation)
    .id(id.caseId)
    .id(recipient.accountId)
    .bytes(recipient.publicKeys.fingerprint.bytes)
    .id(granter.accountId)
    .bytes(granter.keys.publicKeys.fingerprint.bytes)
    .bytes(pointOf(ephemeral))
    .toBytes();
  const shared = await agree(await importPrivateKey(ephemeral, 'ECDH'), recipient.publicKeys.agreementKey);
  const ciphertext = await wrapAesKey(
    await keyEncryptionKey(shared, context),
    caseKey.key,
    nonce,
    labelled(KEK_LABEL, context),
  );
  shared.fill(0);
  const body = new ByteWriter().bytes(context).bytes(nonce).bytes(ciphertext).toBytes();
  const signature = await sign(granter.keys.signingKey, labelled(SIGNATURE_LABEL, body));
  return new ByteWriter().bytes(body).bytes(signature).toBytes();
}

/** HKDF-SHA256 with an empty salt (RFC 5869: HashLen zeros); the info carries the whole context. */
function keyEncryptionKey(shared: Bytes, context: Bytes): Promise<CryptoKey> {
  return hkdfAesKey(shared, new Uint8Array(0), labelled(KEK_LABEL, context), ['wrapKey', 'unwrapKey']);
}

function labelled(label: string, bytes: Bytes): Bytes {
  return new ByteWriter().str(label).bytes(bytes).toBytes();
}
