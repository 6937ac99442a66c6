import { describe, expect, it } from 'vitest';
import { PINS_PREFIX, PinStore, keyChange, markVerified, observe, parsePins } from './pins';

const BOB = 'b0000000-0000-4000-8000-00000000000b';
const ME = 'a0000000-0000-4000-8000-00000000000a';
const OLD = 'AB'.repeat(32);
const NEW = 'CD'.repeat(32);
const THIRD = 'EF'.repeat(32);

class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

describe('fingerprint pins', () => {
  it('pins the first fingerprint seen and ignores it when seen again', () => {
    const pinned = observe({}, BOB, OLD.toLowerCase());
    expect(pinned).toEqual({ [BOB]: { accepted: [OLD] } });
    expect(observe(pinned, BOB, OLD)).toBe(pinned);
    expect(keyChange(pinned, BOB)).toBeNull();
  });

  it('flags another fingerprint until it is marked verified; the old one stays accepted', () => {
    const changed = observe(observe({}, BOB, OLD), BOB, NEW);
    expect(keyChange(changed, BOB)).toEqual({ accountId: BOB, previous: OLD, current: NEW });
    // Seen again (the next poll), it is still the same warning; the old one seen again changes nothing.
    expect(observe(changed, BOB, NEW)).toBe(changed);
    expect(observe(changed, BOB, OLD)).toBe(changed);

    const verified = markVerified(changed, BOB, NEW);
    expect(keyChange(verified, BOB)).toBeNull();
    expect(verified[BOB].accepted).toEqual([OLD, NEW]);
    // A grant signed with the earlier key (before the reset) does not warn again.
    expect(observe(verified, BOB, OLD)).toBe(verified);
  });

  it('keeps warning about the newest change when the key changes twice before verification', () => {
    const twice = observe(observe(observe({}, BOB, OLD), BOB, NEW), BOB, THIRD);
    expect(keyChange(twice, BOB)).toMatchObject({ previous: OLD, current: THIRD });
    expect(keyChange(markVerified(twice, BOB, NEW), BOB)).toMatchObject({ current: THIRD });
  });

  it('drops malformed stored data instead of trusting it', () => {
    expect(parsePins('not json')).toEqual({});
    expect(parsePins(JSON.stringify({ [BOB]: { accepted: ['xyz'], changedTo: NEW } }))).toEqual({});
    expect(parsePins(JSON.stringify({ [BOB]: { accepted: [OLD], changedTo: 'bad' } }))).toEqual({ [BOB]: { accepted: [OLD] } });
  });

  it('stores pins per signed-in person, never pins myself, and tells subscribers', () => {
    const storage = new MemoryStorage();
    const store = new PinStore(storage, ME);
    let calls = 0;
    store.subscribe(() => calls++);
    store.observe(ME, OLD);
    store.observe(BOB, OLD);
    store.observe(BOB, OLD);
    store.observe(BOB, NEW);
    expect(calls).toBe(2);
    expect(JSON.parse(storage.getItem(PINS_PREFIX + ME)!)).toEqual({ [BOB]: { accepted: [OLD], changedTo: NEW } });

    // Another tab (same storage) sees the same pins; someone else signed in on this browser has their own.
    expect(keyChange(new PinStore(storage, ME).pins, BOB)).toMatchObject({ current: NEW });
    expect(new PinStore(storage, BOB).pins).toEqual({});

    store.markVerified(BOB, NEW);
    expect(keyChange(store.pins, BOB)).toBeNull();
    expect(calls).toBe(3);
  });
});
