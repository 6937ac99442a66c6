import { describe, expect, it } from 'vitest';
import { apiParams, DEFAULT_STATE, filterBy, readListState, showView, sortBy, writeListState, type CaseFilter } from './list-query';

const EVERY_FILTER: CaseFilter[] = ['status', 'engagementType', 'specialtyId', 'providerId', 'organizationId'];
const read = (query: string, allowed = EVERY_FILTER) => readListState(new URLSearchParams(query), allowed);

describe('case list query string', () => {
  it('reads an empty query string as the default list', () => {
    expect(read('')).toEqual(DEFAULT_STATE);
    expect(writeListState(DEFAULT_STATE).toString()).toBe('');
  });

  it('round-trips tab, sort, filters and search', () => {
    const query = 'view=completed&sort=name&direction=desc&engagementType=SECOND_OPINION&specialtyId=s1&providerId=p1&q=C-000042';
    const state = read(query);
    expect(state).toEqual({
      view: 'completed',
      sort: 'name',
      direction: 'desc',
      filters: { engagementType: 'SECOND_OPINION', specialtyId: 's1', providerId: 'p1' },
      q: 'C-000042',
    });
    expect(writeListState(state).toString()).toBe(query);
  });

  it('leaves out a direction that is the sort’s natural one', () => {
    expect(read('sort=created').direction).toBe('desc');
    expect(read('sort=doctor').direction).toBe('asc');
    expect(writeListState(read('sort=doctor&direction=asc')).toString()).toBe('sort=doctor');
  });

  it('drops unknown values, statuses of another tab and filters the person may not use', () => {
    expect(read('view=everything&sort=size&direction=up')).toEqual(DEFAULT_STATE);
    expect(read('view=archived&status=NEW').filters).toEqual({});
    expect(read('status=RETURNED').filters).toEqual({ status: 'RETURNED' });
    expect(read('engagementType=GOSSIP').filters).toEqual({});
    expect(read('organizationId=o1&providerId=p1', ['providerId']).filters).toEqual({ providerId: 'p1' });
  });
});

describe('case list changes', () => {
  it('turns the sorted column round and starts another in its natural order', () => {
    const byName = sortBy(DEFAULT_STATE, 'name');
    expect([byName.sort, byName.direction]).toEqual(['name', 'asc']);
    expect(sortBy(byName, 'name').direction).toBe('desc');
    expect(sortBy(byName, 'created').direction).toBe('desc');
  });

  it('forgets the status filter on another tab and clears a filter set to nothing', () => {
    const filtered = filterBy(filterBy(DEFAULT_STATE, 'status', 'NEW'), 'specialtyId', 's1');
    expect(showView(filtered, 'completed').filters).toEqual({ specialtyId: 's1' });
    expect(writeListState(filterBy(filtered, 'status', '')).toString()).toBe('specialtyId=s1');
  });
});

describe('apiParams', () => {
  it('always names view, sort and direction, and the cursor when there is one', () => {
    expect(apiParams(DEFAULT_STATE, null).toString()).toBe('view=active&sort=activity&direction=desc');
    const state = { ...filterBy(DEFAULT_STATE, 'organizationId', 'o1'), q: 'knee' };
    expect(apiParams(state, 'abc').toString()).toBe('view=active&sort=activity&direction=desc&organizationId=o1&q=knee&after=abc');
  });
});
