import { phoneKey, type CountryCode } from '@/utils/identity';
import type { ImportedPerson } from '../types';
import type { PersonDraft } from './draft';
import { cleanLabel } from './labels';
import { isLinkKind, readUrl } from './links';
import { cleanLine } from './text';

const E164 = /^\+[1-9]\d{4,14}$/;
const EMAIL_LIKE = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** "Name <a@b>", "mailto:a@b" and "a@b" all give "a@b"; text with no address gives null. */
export function bareEmail(input: string): string | null {
  let s = input.trim();
  const angled = /<([^<>]+)>\s*$/.exec(s);
  if (angled?.[1] !== undefined) s = angled[1].trim();
  s = s.replace(/^mailto:/i, '').trim();
  return EMAIL_LIKE.test(s) && s.length <= 320 ? s : null;
}

// Entry lists are short (one to a few items): arrays beat Sets for "seen before?".

/** Addresses deduplicated case-insensitively; what is not an address goes to `spill`. */
export function cleanEmails(list: PersonDraft['emails'], spill: string[]): ImportedPerson['emails'] {
  const out: ImportedPerson['emails'] = [];
  const seen: string[] = [];
  for (const e of list) {
    const text = cleanLine(e.value);
    if (text === undefined) continue;
    const address = bareEmail(text);
    if (address === null) {
      spill.push(`Email (not an address): ${text}`);
      continue;
    }
    const folded = address.toLowerCase();
    if (seen.includes(folded)) continue;
    seen.push(folded);
    const label = cleanLabel(e.label);
    out.push(label ? { value: address, label } : { value: address });
  }
  return out;
}

/** Numbers as written plus E.164 when they parse (a given valid E.164 wins); deduplicated. */
export function cleanPhones(
  list: PersonDraft['phones'],
  region: string,
  spill: string[],
): ImportedPerson['phones'] {
  const out: ImportedPerson['phones'] = [];
  const seen: string[] = [];
  for (const p of list) {
    const raw = cleanLine(p.raw)?.replace(/^tel:/i, '');
    if (raw === undefined || raw === '') continue;
    if (raw.length > 64) {
      spill.push(`Phone (too long): ${raw}`);
      continue;
    }
    let e164: string | undefined;
    if (p.e164 !== undefined && E164.test(p.e164)) e164 = p.e164;
    else {
      const key = phoneKey(raw, region as CountryCode);
      if (key.ok) e164 = key.key;
    }
    const dedupe = e164 ?? raw;
    if (seen.includes(dedupe)) continue;
    seen.push(dedupe);
    const entry: ImportedPerson['phones'][number] = { raw };
    if (e164 !== undefined) entry.e164 = e164;
    const label = cleanLabel(p.label);
    if (label !== undefined) entry.label = label;
    out.push(entry);
  }
  return out;
}

/** Safe http(s) links with their kind; anything else (javascript:, not a URL) goes to `spill`. */
export function cleanLinks(list: PersonDraft['links'], spill: string[]): ImportedPerson['links'] {
  const out: ImportedPerson['links'] = [];
  const seen: string[] = [];
  for (const l of list) {
    const text = cleanLine(l.url);
    if (text === undefined) continue;
    const read = readUrl(text);
    if (read === null) {
      spill.push(`Link: ${text}`);
      continue;
    }
    if (seen.includes(read.url)) continue;
    seen.push(read.url);
    out.push({ kind: l.kind && isLinkKind(l.kind) ? l.kind : read.kind, url: read.url });
  }
  return out;
}

export function cleanTags(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of list) {
    const tag = cleanLine(t);
    if (tag !== undefined && !out.includes(tag)) out.push(tag);
  }
  return out;
}
