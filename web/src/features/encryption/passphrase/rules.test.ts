import { describe, expect, it } from 'vitest';
import { isAcceptable, MIN_STRENGTH_SCORE, passphraseProblems, passphraseRules } from './rules';
import { loadEstimator } from './strength';

const met = (passphrase: string) =>
  Object.fromEntries(passphraseRules(passphrase).map((rule) => [rule.id, rule.met]));

describe('passphrase rules', () => {
  it('checks length, upper, lower, digit and special character separately', () => {
    expect(met('')).toEqual({ length: false, upper: false, lower: false, digit: false, special: false });
    expect(met('abcdefghijkl')).toEqual({ length: true, upper: false, lower: true, digit: false, special: false });
    expect(met('ABC def 123')).toEqual({ length: false, upper: true, lower: true, digit: true, special: true });
    expect(met('Quiet lighthouse 7')).toEqual({ length: true, upper: true, lower: true, digit: true, special: true });
  });

  it('counts characters, not UTF-16 units, after NFC normalisation, and knows other scripts', () => {
    expect(met('e\u0301'.repeat(11) + 'A1!').length).toBe(true); // 14 characters in NFC
    expect(met('é'.repeat(8) + 'A1!').length).toBe(false); // 11
    expect(met('😀😀😀😀😀😀Aa1').length).toBe(false); // 9, though 15 UTF-16 units
    expect(met('ÉCOLE été 2024')).toMatchObject({ upper: true, lower: true, digit: true, special: true });
  });

  it('gates on the rules, then on the strength score (at least 4), then on the confirmation', () => {
    expect(passphraseProblems('short', 'short', 4).passphrase).toBe('The passphrase does not meet every rule yet.');
    expect(passphraseProblems('Password123!', 'Password123!', 1).passphrase).toMatch(/too easy to guess/);
    expect(passphraseProblems('Quiet lighthouse 7!', 'Quiet lighthouse 7!', null).passphrase).toMatch(/Checking/);
    expect(passphraseProblems('Quiet lighthouse 7!', 'Quiet lighthouse 7', 4)).toEqual({
      confirmation: 'The two passphrases do not match.',
    });
    expect(isAcceptable('Quiet lighthouse 7!', 'Quiet lighthouse 7!', 4)).toBe(true);
    expect(isAcceptable('Quiet lighthouse 7!', 'Quiet lighthouse 7!', 3)).toBe(false);
  });
});

describe('strength estimate (zxcvbn-ts)', () => {
  it('scores predictable passphrases that pass the rules below 3 and accepts a real passphrase', async () => {
    const estimate = await loadEstimator();
    for (const weak of ['Password123!', 'Qwerty123456!', 'Iloveyou1234!', 'January2025!', 'Welcome12345!']) {
      expect(met(weak).length && met(weak).special, weak).toBe(true);
      const strength = estimate(weak);
      expect(strength.score, weak).toBeLessThan(3);
      expect(isAcceptable(weak, weak, strength.score), weak).toBe(false);
    }
    const good = estimate('Quiet lighthouse keeps 7 gulls?');
    expect(good.score).toBeGreaterThanOrEqual(MIN_STRENGTH_SCORE);
    expect(good.label).toMatch(/strong/i);
    expect(good.crackTime).toMatch(/centuries|years?/);
  }, 30_000);

  it('counts the person’s own name and email as guessable', async () => {
    const estimate = await loadEstimator();
    const passphrase = 'Adalovelace1815!';
    const alone = estimate(passphrase).score;
    const withInputs = estimate(passphrase, ['Ada', 'Lovelace', 'ada.lovelace@example.org']).score;
    expect(withInputs).toBeLessThan(alone);
  }, 30_000);
});
