import { useCallback, useRef, useState, type SetStateAction } from 'react';
import { vault } from '../vault';

/*
 * What a person typed and has not saved yet, kept in this page's memory so that opening another tab of the
 * case and coming back finds it where they left it. Never in storage: it is plaintext the server is not
 * meant to see, and neither is the disk. Gone when the vault locks (the lock hides it with the rest) and
 * when the page closes.
 */
const unsaved = new Map<string, unknown>();
let watchingTheVault = false;

function forgetAllOnLock(): void {
  if (watchingTheVault) return;
  watchingTheVault = true;
  const client = vault();
  client.subscribe(() => {
    if (!client.isUnlocked) unsaved.clear();
  });
}

/**
 * `useState` for a form's unsaved input, kept under `key` (one per form and case) across unmounts.
 * Returns the value, its setter, and `forget`, which drops the kept value (the next mount starts from
 * `initial` again): after the input was saved for good, or to reload what the server has. The setter works
 * after the form has gone too (the answer to a save sent just before the person opened another tab): it
 * updates the kept value, which the next mount starts from.
 */
export function useUnsaved<T>(key: string, initial: T): [T, (next: SetStateAction<T>) => void, () => void] {
  forgetAllOnLock();
  const [value, setValue] = useState<T>(() => (unsaved.has(key) ? (unsaved.get(key) as T) : initial));
  const latest = useRef(value);
  latest.current = value;
  const set = useCallback(
    (next: SetStateAction<T>) => {
      const current = unsaved.has(key) ? (unsaved.get(key) as T) : latest.current;
      const updated = typeof next === 'function' ? (next as (current: T) => T)(current) : next;
      unsaved.set(key, updated);
      setValue(updated);
    },
    [key],
  );
  const forget = useCallback(() => {
    unsaved.delete(key);
  }, [key]);
  return [value, set, forget];
}
