import { addEmail, newDraft, setText } from '../draft';
import { findEmails } from '../generic/emails';
import { clean, plausibleName, textOf } from '../text';
import type { Draft } from '../types';

export type Role = 'from' | 'to' | 'cc';

export interface HeaderPerson {
  name?: string;
  email: string;
  role: Role;
  element: Element;
}

/** "Alice Smith <alice@example.com>" → name and email. */
export function splitAddress(text: string): { name?: string; email?: string } {
  const value = clean(text, 400);
  const email = findEmails(value, 1)[0];
  if (!email) return {};
  const name = clean(
    value
      .replace(/<[^>]*>|\([^)]*@[^)]*\)/g, '')
      .replace(email, '')
      .replace(/["'<>]/g, ''),
    120,
  );
  return { email, name: name && plausibleName(name) ? name : undefined };
}

/** A person element's email from its attributes (email, data-hovercard-id, title), then its text. */
export function personOf(el: Element, role: Role): HeaderPerson | undefined {
  const attrs = [el.getAttribute('email'), el.getAttribute('data-hovercard-id'), el.getAttribute('title')];
  let email = attrs.map((a) => (a ? findEmails(a, 1)[0] : undefined)).find(Boolean);
  let name = clean(el.getAttribute('name'), 120) || undefined;
  const fromText = splitAddress(textOf(el, 300) || clean(el.getAttribute('aria-label'), 300));
  email ??= fromText.email;
  if (!email) return undefined;
  name ??= fromText.name ?? (plausibleName(textOf(el, 120)) ? textOf(el, 120) : undefined);
  if (name && name.toLowerCase() === email.toLowerCase()) name = undefined;
  return { name, email: email.toLowerCase(), role, element: el };
}

export function headerDraft(p: HeaderPerson): Draft {
  const d = newDraft('person', p.role === 'from' ? 0.7 : 0.6, p.element);
  if (p.name) setText(d, 'name', p.name, 'email-header');
  addEmail(d, p.email, 'email-header');
  return d;
}
