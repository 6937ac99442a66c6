// The patient search benchmark (see README.md): N patients' details sealed with one patients key as
// the server stores them (content envelopes, kind "patient", bound to organization and patient id),
// then what the Patients page does on every load: open all N, read the details, filter by name. The
// real web/src/crypto and web/src/features/patients/details code; no vault worker hop.
import { AssociatedData, Base64Url, CaseKey, CaseKeyId, ContentEnvelope } from '../../web/src/crypto/index';
import { decodeDetails, encodeDetails, matchesSearch, type PatientDetails, type Sex } from '../../web/src/features/patients/details';

const FIRST = ['Jane', 'Marcus', 'Aisha', 'Tomás', 'Mei', 'Olu', 'Ingrid', 'Rahul', 'Sofia', 'Kwame', 'Élodie', 'Yusuf'];
const LAST = ['Smith', 'Whitfield', 'Okafor', 'García', 'Chen', 'Adeyemi', 'Larsen', 'Patel', 'Rossi', 'Mensah', 'Dubois', 'Khan'];
const SEXES: Sex[] = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'];

export type Figures = { patients: number; sealedBytes: number; rounds: number; openMs: number[]; filterMs: number[]; matches: number };

function details(i: number): PatientDetails {
  const year = 1930 + (i % 90);
  return {
    fullName: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}-${i}`,
    dateOfBirth: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    sex: SEXES[i % SEXES.length],
    mrn: `MRN-${String(100000 + i)}`,
    phone: `+1 555 01${String(i % 100).padStart(2, '0')} ${String(i % 10000).padStart(4, '0')}`,
    email: `patient${i}@example.org`,
    address: `${i} Long Street, Springfield`,
  };
}

export async function measureSearch(n: number, rounds: number, log: (text: string) => void): Promise<Figures> {
  const organizationId = globalThis.crypto.randomUUID();
  const key = await CaseKey.generate(new CaseKeyId(organizationId, 'patients', 1));
  // As fetched: base64url strings with their ids and references.
  const stored: { id: string; reference: string; details: string }[] = [];
  for (let i = 0; i < n; i++) {
    const id = globalThis.crypto.randomUUID();
    const envelope = await ContentEnvelope.seal(key, new AssociatedData('patient', id), encodeDetails(details(i)));
    stored.push({ id, reference: `P-${String(i + 1).padStart(6, '0')}`, details: Base64Url.encode(envelope) });
  }
  const sealedBytes = stored.reduce((sum, p) => sum + p.details.length, 0);
  log(`sealed ${n} patients (${(sealedBytes / 1024).toFixed(0)} KiB of base64url)`);

  const openMs: number[] = [];
  const filterMs: number[] = [];
  let matches = 0;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    const opened = await Promise.all(
      stored.map(async (p) => ({
        reference: p.reference,
        details: decodeDetails(await ContentEnvelope.open(key, new AssociatedData('patient', p.id), Base64Url.decode(p.details))),
      })),
    );
    const decrypted = performance.now();
    matches = opened.filter((p) => matchesSearch(p.details, p.reference, 'whitfield')).length;
    const filtered = performance.now();
    openMs.push(decrypted - start);
    filterMs.push(filtered - decrypted);
    log(`round ${round + 1}: open + decode ${(decrypted - start).toFixed(0)} ms, filter ${(filtered - decrypted).toFixed(1)} ms, ${matches} matches`);
  }
  return { patients: n, sealedBytes, rounds, openMs, filterMs, matches };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function summary(where: string, f: Figures): string {
  return `${where}: ${f.patients} patients, median of ${f.rounds} rounds: open + decode ${median(f.openMs).toFixed(0)} ms, `
    + `filter by name ${median(f.filterMs).toFixed(1)} ms (${f.matches} matches for "whitfield")`;
}
