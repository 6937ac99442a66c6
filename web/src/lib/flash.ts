// One message carried to the next page, e.g. "Your session has ended" shown on the sign-in page.
import { useSyncExternalStore } from 'react';

export type Flash = { text: string; tone: 'info' | 'success' | 'warning' };

let current: Flash | null = null;
const listeners = new Set<() => void>();

export function setFlash(flash: Flash | null) {
  current = flash;
  listeners.forEach((listener) => listener());
}

export function useFlash(): Flash | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
