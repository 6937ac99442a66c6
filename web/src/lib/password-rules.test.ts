import { describe, expect, it } from 'vitest';
import { passwordLength, passwordRules, validateNewPassword } from './password-rules';

describe('password rules', () => {
  it('asks for at least 12 characters', () => {
    expect(passwordRules('short').find((r) => r.id === 'length')?.met).toBe(false);
    expect(passwordRules('twelve chars').find((r) => r.id === 'length')?.met).toBe(true);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordLength('🔒🔒🔒🔒🔒🔒')).toBe(6);
    expect(validateNewPassword('🔒🔒🔒🔒🔒🔒', '🔒🔒🔒🔒🔒🔒').password).toBeDefined();
  });

  it('requires the confirmation to match', () => {
    expect(validateNewPassword('correct horse battery', 'correct horse battery')).toEqual({
      password: undefined,
      confirmation: undefined,
    });
    expect(validateNewPassword('correct horse battery', 'correct horse').confirmation).toBe(
      'The two passwords do not match.',
    );
  });
});
