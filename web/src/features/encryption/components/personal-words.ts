import type { Me } from '../../../types/api';

/** What an attacker would try first: the person's names, email and organization, and the product's name. */
export function personalWords(me: Me): string[] {
  const words = [me.fullName, ...me.fullName.split(/\s+/), me.email, me.email.split('@')[0], 'consilium'];
  if (me.organization) words.push(me.organization.name);
  return [...new Set(words.filter((word) => word.length >= 3))];
}
