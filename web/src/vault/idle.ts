import type { Channel, VaultBroadcast } from './client';

/** A non-secret test knob (sessionStorage, per tab): the idle timeout in seconds instead of 15 minutes. */
export const IDLE_KNOB = 'consilium.vaultIdleSeconds';
export const DEFAULT_IDLE_SECONDS = 15 * 60;

/** The idle timeout: the knob when it holds a positive number of seconds, otherwise 15 minutes. */
export function idleTimeoutMs(storage: Pick<Storage, 'getItem'> | null | undefined): number {
  let seconds = DEFAULT_IDLE_SECONDS;
  try {
    const value = Number(storage?.getItem(IDLE_KNOB));
    if (Number.isFinite(value) && value > 0) seconds = value;
  } catch {
    // No storage (privacy settings): the default.
  }
  return seconds * 1000;
}

type Clock = {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Calls onIdle once nobody has used a pointer or keyboard in any tab for the timeout. Each tab
 * tells the others of its activity on the vault channel, at most every few seconds, so an idle
 * tab does not lock the vault someone is using in the next one.
 */
export class IdleWatcher {
  private last: number;
  private lastSent = Number.NEGATIVE_INFINITY;
  private timer: unknown = null;
  private readonly sendEveryMs: number;
  private readonly onMessage = (event: MessageEvent) => {
    if ((event.data as VaultBroadcast)?.type === 'activity') this.touch();
  };

  constructor(
    private readonly timeoutMs: number,
    private readonly onIdle: () => void,
    private readonly channel: Channel | null = null,
    private readonly clock: Clock = realClock,
  ) {
    this.last = clock.now();
    this.sendEveryMs = Math.min(10_000, timeoutMs / 4);
    channel?.addEventListener('message', this.onMessage);
  }

  /** Activity in this tab. */
  activity(): void {
    this.touch();
    const now = this.clock.now();
    if (now - this.lastSent >= this.sendEveryMs) {
      this.lastSent = now;
      this.channel?.postMessage({ type: 'activity' } satisfies VaultBroadcast);
    }
  }

  start(): void {
    this.last = this.clock.now();
    this.schedule(this.timeoutMs);
  }

  stop(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.channel?.close();
  }

  private touch(): void {
    this.last = this.clock.now();
  }

  private schedule(ms: number): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => this.check(), ms);
  }

  private check(): void {
    const idleFor = this.clock.now() - this.last;
    if (idleFor >= this.timeoutMs) {
      this.last = this.clock.now();
      this.onIdle();
    }
    this.schedule(Math.max(250, this.timeoutMs - (this.clock.now() - this.last)));
  }
}
