// Browser entry of the patient search benchmark: runs in a module Worker like the vault, started by
// ../crypto-browser/page.ts as "bench.js", and reports through its messages to serve.mjs.
import { measureSearch, summary } from './search';

const settings = new URL(self.location.href).searchParams;
const post = (message: unknown) => (self as unknown as { postMessage(message: unknown): void }).postMessage(message);

measureSearch(Number(settings.get('patients') ?? 10_000), Number(settings.get('rounds') ?? 5), (text) => post({ type: 'log', text }))
  .then((figures) => post({ type: 'result', figures, summary: summary(navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'browser', figures) }))
  .catch((error: unknown) => post({ type: 'error', text: String(error) }));
