import { describe, expect, it } from 'vitest';
import { activitySentence, transitionSentence } from './activity-sentences';

const doctor = { id: 'p1', fullName: 'Dr Ada Byron' };
const admin = { id: 'a1', fullName: 'Grace Hopper' };

describe('activitySentence', () => {
  it('reads each recorded action as a sentence about who did it', () => {
    expect(activitySentence(doctor, 'case.accepted')).toBe('Dr Ada Byron accepted the case');
    expect(activitySentence(doctor, 'case.returned')).toBe('Dr Ada Byron returned the case to the requester');
    expect(activitySentence(admin, 'collaborator.added')).toBe('Grace Hopper added a collaborator');
    expect(activitySentence(doctor, 'memo.added')).toBe('Dr Ada Byron added an internal memo');
  });

  it('still shows an action it does not know', () => {
    expect(activitySentence(admin, 'invoice.issued')).toBe('Grace Hopper: invoice.issued');
  });
});

describe('transitionSentence', () => {
  it('names the provider of an assignment', () => {
    expect(transitionSentence(admin, 'ASSIGN', doctor)).toBe('Grace Hopper assigned the case to Dr Ada Byron');
    expect(transitionSentence(doctor, 'COMPLETE', null)).toBe('Dr Ada Byron completed the case');
  });
});
