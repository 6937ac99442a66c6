import { idleTimeoutMs } from '../../../vault';

/** "15 minutes", or the test knob's value in seconds. */
export function idleMinutesText(): string {
  const storage = typeof window === 'undefined' ? null : safeSessionStorage();
  const seconds = Math.round(idleTimeoutMs(storage) / 1000);
  if (seconds % 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = seconds / 60;
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
