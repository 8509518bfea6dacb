import { romanizeKana } from '@/utils/identity/romaji';
import type { AnyEntity, Company, EntityName, Person } from '@/utils/model';
import type { MeishiDb } from './db';
import type { SearchRow } from './schema';

const KANA = /[\u3040-\u30ff\uff66-\uff9f]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

/** NFKC, lower case, accents off, katakana as hiragana: what the user types and what we store meet here. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** Words of a text; CJK runs also give every suffix, so a prefix look-up finds any substring (太郎 in 山田太郎). */
export function tokenize(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const word of normalizeForSearch(text).split(/[\s,.;:/()[\]{}"'<>|!?\u3000\u3001\u3002・]+/)) {
    if (!word) continue;
    out.push(word);
    if (CJK.test(word)) for (let i = 1; i < word.length && i < 12; i++) out.push(word.slice(i));
    if (word.includes('@')) out.push(...word.split('@').filter(Boolean));
  }
  return out;
}

export function searchTokensOf(entity: EntityName, record: AnyEntity): string[] {
  const parts: (string | undefined)[] = [];
  if (entity === 'person') {
    const p = record as Person;
    const names = [p.displayName, p.givenName, p.familyName, p.givenNamePhonetic, p.familyNamePhonetic];
    parts.push(...names);
    // Romaji of kana names and readings, so "yamada" finds やまだ and 山田 (with its furigana).
    for (const n of names) if (n && KANA.test(n)) parts.push(romanizeKana(n).replace(/[^a-z\s]/g, ' '));
    // Japanese names are often typed without the space: "山田太郎" must find "山田 太郎".
    if (CJK.test(p.displayName)) parts.push(p.displayName.replace(/[\s\u3000]+/g, ''));
    parts.push(p.companyName, p.title, ...p.tags, ...p.emails.map((e) => e.value));
    for (const phone of p.phones) parts.push(phone.e164?.replace('+', ''), phone.raw.replace(/\D/g, ''));
  } else if (entity === 'company') {
    const c = record as Company;
    parts.push(c.name, c.legalName, ...c.domains, ...c.tags);
  } else {
    return [];
  }
  return [...new Set(parts.flatMap(tokenize))].slice(0, 200);
}

export async function updateSearch(db: MeishiDb, entity: EntityName, record: AnyEntity): Promise<void> {
  if (entity !== 'person' && entity !== 'company') return;
  // `${entity}:${id}`, as refOf in keys.ts (not imported: the popup loads this file without the identity keys).
  const ref = `${entity}:${record.id}`;
  if (record.deletedAt != null) {
    await db.search.delete(ref);
    return;
  }
  const row: SearchRow = { ref, entity, id: record.id, tokens: searchTokensOf(entity, record) };
  await db.search.put(row);
}

/** Ids of people or companies whose tokens start with every word of the query. */
export async function searchIds(
  db: MeishiDb,
  entity: 'person' | 'company',
  query: string,
  limit = 500,
): Promise<string[]> {
  const words = [...new Set(tokenize(query))].filter((w) => !w.includes('@') || w.length > 1).slice(0, 6);
  if (words.length === 0) return [];
  // The longest word is the most selective: look it up, then filter by the others in memory.
  words.sort((a, b) => b.length - a.length);
  const [first, ...rest] = words as [string, ...string[]];
  const rows = await db.search
    .where('tokens')
    .startsWith(first)
    .filter((row) => row.entity === entity && rest.every((w) => row.tokens.some((t) => t.startsWith(w))))
    .limit(limit * 4)
    .toArray();
  return [...new Set(rows.map((r) => r.id))].slice(0, limit);
}
