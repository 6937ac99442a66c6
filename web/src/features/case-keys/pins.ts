// Key transparency for people: this browser remembers the fingerprints it has seen for each
// co-member (trust on first use) and flags a change until the person marks the new one verified.
// Fingerprints are public, so localStorage is acceptable; the store is per signed-in account.

/** 64 upper-case hex digits. */
export type FingerprintHex = string;

export type PinEntry = {
  /** Fingerprints accepted for this person, oldest first: the first seen, then each one marked verified. */
  accepted: FingerprintHex[];
  /** A fingerprint seen since that is none of the accepted ones: warn until it is verified. */
  changedTo?: FingerprintHex;
};

export type Pins = Readonly<Record<string, PinEntry>>;

export type KeyChange = { accountId: string; previous: FingerprintHex; current: FingerprintHex };

const normal = (fingerprint: string) => fingerprint.replace(/\s+/g, '').toUpperCase();

/**
 * Records a fingerprint seen for someone: the first one is pinned, an accepted one changes nothing,
 * any other one becomes a change to warn about. Returns the same object when nothing changed.
 */
export function observe(pins: Pins, accountId: string, fingerprint: string): Pins {
  const seen = normal(fingerprint);
  const entry = pins[accountId];
  if (!entry) return { ...pins, [accountId]: { accepted: [seen] } };
  if (entry.accepted.includes(seen) || entry.changedTo === seen) return pins;
  return { ...pins, [accountId]: { ...entry, changedTo: seen } };
}

/** The person compared the fingerprint with its owner: it is accepted and the warning goes. */
export function markVerified(pins: Pins, accountId: string, fingerprint: string): Pins {
  const verified = normal(fingerprint);
  const entry = pins[accountId] ?? { accepted: [] };
  const accepted = [...entry.accepted.filter((f) => f !== verified), verified];
  const changedTo = entry.changedTo === verified ? undefined : entry.changedTo;
  return { ...pins, [accountId]: changedTo ? { accepted, changedTo } : { accepted } };
}

/** The unverified change of one person's key, if any. */
export function keyChange(pins: Pins, accountId: string): KeyChange | null {
  const entry = pins[accountId];
  if (!entry?.changedTo) return null;
  return { accountId, previous: entry.accepted[entry.accepted.length - 1] ?? '', current: entry.changedTo };
}

/** Parses what was stored; anything malformed is dropped rather than trusted. */
export function parsePins(text: string | null): Pins {
  if (!text) return {};
  try {
    const raw = JSON.parse(text) as unknown;
    if (typeof raw !== 'object' || raw === null) return {};
    const pins: Record<string, PinEntry> = {};
    for (const [accountId, value] of Object.entries(raw as Record<string, unknown>)) {
      const entry = value as Partial<PinEntry> | null;
      const accepted = Array.isArray(entry?.accepted) ? entry.accepted.filter(isFingerprint) : [];
      if (!accepted.length) continue;
      pins[accountId] = isFingerprint(entry?.changedTo) ? { accepted, changedTo: entry.changedTo } : { accepted };
    }
    return pins;
  } catch {
    return {};
  }
}

function isFingerprint(value: unknown): value is FingerprintHex {
  return typeof value === 'string' && /^[0-9A-F]{64}$/.test(value);
}

export const PINS_PREFIX = 'consilium.fingerprints.';

/**
 * The pins of one signed-in person in a Storage (localStorage in the app), shared by the tabs: a
 * change written by one tab reaches the others through the "storage" event.
 */
export class PinStore {
  private cached: { text: string | null; pins: Pins } = { text: null, pins: {} };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: Storage | null,
    readonly me: string,
  ) {}

  private get key(): string {
    return PINS_PREFIX + this.me;
  }

  get pins(): Pins {
    const text = this.read();
    if (text !== this.cached.text) this.cached = { text, pins: parsePins(text) };
    return this.cached.pins;
  }

  observe(accountId: string, fingerprint: string): void {
    if (accountId === this.me || !fingerprint) return;
    this.write(observe(this.pins, accountId, fingerprint));
  }

  markVerified(accountId: string, fingerprint: string): void {
    this.write(markVerified(this.pins, accountId, fingerprint));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Another tab wrote (the "storage" event). */
  notify(): void {
    this.listeners.forEach((listener) => listener());
  }

  private write(next: Pins): void {
    if (next === this.pins) return;
    try {
      this.storage?.setItem(this.key, JSON.stringify(next));
    } catch {
      // Storage full or disabled: the pins hold in this page until it reloads.
    }
    this.cached = { text: this.read(), pins: next };
    this.notify();
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(this.key) ?? null;
    } catch {
      return null;
    }
  }
}
