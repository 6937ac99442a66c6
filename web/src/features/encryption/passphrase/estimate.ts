import type { Strength } from './strength';

let worker: Worker | null = null;
let users = 0;
let nextId = 1;
const waiting = new Map<number, (strength: Strength) => void>();

/**
 * The strength of a passphrase, computed in a worker of its own: the page stays responsive while
 * one types, and the dictionaries (about 1.6 MB) never enter the page's bundle.
 */
export function estimateStrength(passphrase: string, userInputs: string[]): Promise<Strength> {
  if (!worker) {
    worker = new Worker(new URL('./strength.worker.ts', import.meta.url), { type: 'module', name: 'consilium-strength' });
    worker.onmessage = (event: MessageEvent<{ id: number; strength: Strength }>) => {
      waiting.get(event.data.id)?.(event.data.strength);
      waiting.delete(event.data.id);
    };
  }
  const id = nextId++;
  const target = worker;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    target.postMessage({ id, passphrase, userInputs });
  });
}

/**
 * A form that estimates passphrases is on screen: the worker (and its dictionaries) is kept while
 * any is, and ended with the last, so typed passphrases do not linger in its memory.
 */
export function holdEstimator(): () => void {
  users += 1;
  void estimateStrength('', []);
  return () => {
    users -= 1;
    if (users > 0 || !worker) return;
    worker.terminate();
    worker = null;
    waiting.clear();
  };
}
