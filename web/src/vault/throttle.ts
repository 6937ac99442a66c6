/**
 * Client-side brake on guessing: after FREE_ATTEMPTS wrong passphrases (or recovery codes) in a row,
 * each further try waits, 30 s after the fifth failure and twice as long after each next one, up to
 * 15 minutes. A success resets it. It is a speed bump for someone at an unlocked screen; the real
 * cost of a guess is PBKDF2 at 600,000 iterations.
 */
export class Throttle {
  static readonly FREE_ATTEMPTS = 5;
  static readonly FIRST_DELAY_MS = 30_000;
  static readonly MAX_DELAY_MS = 15 * 60_000;

  private failures = 0;
  private blockedUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds to wait before the next try is allowed; 0 when it may go ahead. */
  remainingMs(): number {
    return Math.max(0, this.blockedUntil - this.now());
  }

  /** Records a wrong guess; returns the wait it imposes (0 while attempts are free). */
  failure(): number {
    this.failures += 1;
    const delay = Throttle.delayAfter(this.failures);
    this.blockedUntil = delay ? this.now() + delay : 0;
    return delay;
  }

  success(): void {
    this.failures = 0;
    this.blockedUntil = 0;
  }

  /** 0 for the first four failures, then 30 s, 60 s, 120 s, … capped at 15 minutes. */
  static delayAfter(failures: number): number {
    if (failures < Throttle.FREE_ATTEMPTS) return 0;
    const doublings = Math.min(failures - Throttle.FREE_ATTEMPTS, 10);
    return Math.min(Throttle.FIRST_DELAY_MS * 2 ** doublings, Throttle.MAX_DELAY_MS);
  }
}

/** "30 seconds", "1 minute", "2 minutes 30 seconds": how long, for people. */
export function describeWait(ms: number): string {
  const total = Math.max(1, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (!minutes) return part(seconds, 'second');
  return seconds ? `${part(minutes, 'minute')} ${part(seconds, 'second')}` : part(minutes, 'minute');
}
