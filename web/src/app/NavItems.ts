import type { Me } from '../types/api';

export type NavItem = { to: string; label: string; end?: boolean };

/** The sidebar: each item appears once its feature exists and the person may use it. */
export function navItems(me: Me): NavItem[] {
  const items: NavItem[] = [{ to: '/', label: 'Dashboard', end: true }];
  if (me.role !== 'ADMIN') items.push({ to: '/cases', label: 'Cases & Records' });
  if (me.role === 'REQUESTER') items.push({ to: '/patients', label: 'Patients' });
  if (me.role === 'ADMIN') items.push({ to: '/admin', label: 'Admin' });
  if (me.role === 'REQUESTER' && me.organizationOwner) items.push({ to: '/organization', label: 'Organization' });
  else if (me.role === 'PROVIDER' && me.mayEditOrganization) items.push({ to: '/organization', label: 'Practice' });
  items.push({ to: '/settings', label: 'Settings' });
  return items;
}

export const mayOpenOrganizationPage = (me: Me) =>
  (me.role === 'REQUESTER' && me.organizationOwner) || (me.role === 'PROVIDER' && me.mayEditOrganization);
