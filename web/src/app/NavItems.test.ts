import { describe, expect, it } from 'vitest';
import { navItems } from './NavItems';
import { aMe } from './test-fixtures';

const labels = (...args: Parameters<typeof aMe>) => navItems(aMe(...args)).map((item) => item.label);

describe('navItems', () => {
  it('gives admins the Admin section', () => {
    expect(labels({ role: 'ADMIN' })).toEqual(['Dashboard', 'Admin', 'Settings']);
  });

  it('gives requester organization owners their Organization page', () => {
    expect(labels({ role: 'REQUESTER', organizationOwner: true, mayEditOrganization: true })).toEqual([
      'Dashboard',
      'Cases & Records',
      'Patients',
      'Organization',
      'Settings',
    ]);
    expect(labels({ role: 'REQUESTER' })).toEqual(['Dashboard', 'Cases & Records', 'Patients', 'Settings']);
  });

  it('lets providers keep their practice details', () => {
    expect(labels({ role: 'PROVIDER', mayEditOrganization: true })).toEqual(['Dashboard', 'Cases & Records', 'Practice', 'Settings']);
  });
});
