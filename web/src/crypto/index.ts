/**
 * The end-to-end encryption core (docs/crypto.md). Features import from here only; the modules'
 * other exports (deterministic sealing with fixed nonces) exist for the test vectors.
 */
export { AccountKey } from './accountKey';
export { Base64Url } from './base64url';
export type { Bytes } from './bytes';
export { CaseKey, CaseKeyId, type KeyScope } from './caseKey';
export { DocumentKey } from './documentKey';
export { DocumentStream, DocumentStreamStructure } from './documentStream';
export { AssociatedData, ContentEnvelope, EnvelopeStructure } from './envelope';
export { CannotVerifyError, InvalidStructureError } from './errors';
export { CaseKeyGrant, type Identity, type Member } from './grant';
export { GrantStructure } from './grantStructure';
export { KdfParameters } from './kdf';
export { Fingerprint, PublicKeys } from './publicKeys';
export { RecoveryCode } from './recoveryCode';
export { DocumentDecryptor, DocumentEncryptor } from './segments';
export { UserKeyPair } from './userKeys';
export { WrappedAccountKey } from './wrappedAccountKey';
