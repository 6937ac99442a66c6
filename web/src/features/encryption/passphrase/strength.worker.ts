// Estimates passphrase strength off the main thread: zxcvbn-ts takes tens to hundreds of
// milliseconds per check, too long to run on every keystroke in the page.
import { loadEstimator } from './strength';

type Ask = { id: number; passphrase: string; userInputs: string[] };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<Ask>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = async (event) => {
  const { id, passphrase, userInputs } = event.data;
  const estimate = await loadEstimator();
  scope.postMessage({ id, strength: estimate(passphrase, userInputs) });
};
