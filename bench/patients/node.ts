// Node entry of the patient search benchmark: Node's WebCrypto (globalThis.crypto).
import { measureSearch, summary } from './search';

const n = Number(process.env.PATIENTS ?? 10_000);
const rounds = Number(process.env.ROUNDS ?? 5);
const figures = await measureSearch(n, rounds, (text) => console.log(`  ${text}`));
console.log(summary(`node ${process.version}`, figures));
