import { ALIAS_MARKERS, ANYWHERE_FORMS, CJK_FORMS, END_FORMS, START_FORMS } from './legal-forms';
import { fail, ok, safely, type KeyResult } from './result';
import { dropLeadingMarks, hasCjk, normalizeText } from './text';

const toTokens = (form: string): string[] => form.split(' ');
const END = END_FORMS.map(toTokens);
const START = START_FORMS.map(toTokens);

function endsWith(tokens: string[], form: string[]): boolean {
  if (form.length >= tokens.length) return false;
  return form.every((word, i) => tokens[tokens.length - form.length + i] === word);
}

function startsWith(tokens: string[], form: string[]): boolean {
  if (form.length >= tokens.length) return false;
  return form.every((word, i) => tokens[i] === word);
}

// Bracketed forms like (株) may stand anywhere; other brackets hold asides ("(for Curry College)").
const CJK_BRACKETED = CJK_FORMS.filter((form) => form.startsWith('('));

function dropAsides(s: string): string {
  let out = s;
  if (!/[([【]/.test(out)) return out;
  for (const form of CJK_BRACKETED) out = out.split(form).join(' ');
  const without = out.replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(without) ? without : out;
}

/** "Kaleo Inc. dba Cleo's" is the company Kaleo: keep the words before an alias marker. */
function beforeAlias(words: string[]): string[] {
  for (let i = 1; i < words.length; i += 1) {
    if (ALIAS_MARKERS.some((marker) => marker.every((word, j) => words[i + j] === word)))
      return words.slice(0, i);
  }
  return words;
}

const hasName = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);
const EDGE_MARKS = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** One Japanese form off either end of the text, written with or without stray marks around it. */
function stripOneCjkForm(out: string): string | null {
  for (const text of [out, out.replace(EDGE_MARKS, '')]) {
    for (const form of CJK_FORMS) {
      // A form is removed only when a name is left beside it: "株式会社" alone stays a name.
      if (text.startsWith(form) && hasName(text.slice(form.length))) return text.slice(form.length).trim();
      if (text.endsWith(form) && hasName(text.slice(0, text.length - form.length))) {
        return text.slice(0, text.length - form.length).trim();
      }
    }
  }
  return null;
}

/** Removes Japanese forms from either end ("株式会社ソニー", "ソニー(株)"). */
function stripCjkForms(s: string): string {
  let out = s.trim();
  if (!hasCjk(out)) return out;
  for (let next = stripOneCjkForm(out); next !== null; next = stripOneCjkForm(out)) out = next;
  return out;
}

// The bracket-free forms, as they are left once punctuation has been split off.
const CJK_WORDS = CJK_FORMS.filter((form) => !form.startsWith('('));

/** Removes a Japanese form glued to the first or last word ("abc株式会社" once brackets are gone). */
function stripCjkWords(tokens: string[]): string[] {
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  for (const form of CJK_WORDS) {
    if (first.startsWith(form) && hasName(first.slice(form.length))) {
      return [first.slice(form.length), ...tokens.slice(1)];
    }
    if (last.endsWith(form) && hasName(last.slice(0, last.length - form.length))) {
      return [...tokens.slice(0, -1), last.slice(0, last.length - form.length)];
    }
    if (tokens.length > 1 && first === form) return tokens.slice(1);
    if (tokens.length > 1 && last === form) return tokens.slice(0, -1);
  }
  return tokens;
}

/** Words of a normalised name: '&' read as 'and', dots and apostrophes joined, other marks split. */
function wordsOf(s: string): string[] {
  return s
    .replace(/&/g, ' and ')
    .replace(/[.'’`´]/g, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(' ')
    .map(dropLeadingMarks)
    .filter((word) => word !== '');
}

/** Drops legal forms from both ends, then a leading "the" and a dangling "and" (as in "& Co."). */
function stripLegalForms(words: string[]): string[] {
  let tokens = [...words];
  for (let changed = true; changed;) {
    changed = false;
    const end = END.find((form) => endsWith(tokens, form));
    if (end) {
      tokens = tokens.slice(0, tokens.length - end.length);
      changed = true;
    }
    const start = START.find((form) => startsWith(tokens, form));
    if (start) {
      tokens = tokens.slice(start.length);
      changed = true;
    }
    if (tokens.length > 1 && (tokens[0] === 'the' || tokens[0] === 'le' || tokens[0] === 'la')) {
      tokens = tokens.slice(1);
      changed = true;
    }
    const cjk = stripCjkWords(tokens);
    if (cjk !== tokens) {
      tokens = cjk;
      changed = true;
    }
    if (tokens.length > 1 && tokens[tokens.length - 1] === 'and') {
      tokens = tokens.slice(0, -1);
      changed = true;
    }
  }
  return tokens;
}

/**
 * The words of a company name once legal forms and a leading "The" are gone, normalised:
 * ['procter', 'and', 'gamble'] for "The Procter & Gamble Co.". Empty when there is nothing to read.
 * Dedup uses the words for fuzzy comparison; the key joins them.
 */
export function companyNameWords(name: string): string[] {
  if (typeof name !== 'string' || name.length > 500) return [];
  const normal = normalizeText(name);
  if (normal === '') return [];
  const words = beforeAlias(wordsOf(stripCjkForms(dropAsides(normal))));
  const distinct = words.filter((word) => !ANYWHERE_FORMS.has(word));
  const kept = stripLegalForms(distinct.length > 0 ? distinct : words);
  return kept.map(dropLeadingMarks).filter(hasName);
}

/**
 * The identity key of a company name: 'acme' for "The ACME Corp.", 'ソニー' for "ソニー株式会社"
 * and "㈱ソニー". NFKC, case and accents folded, legal forms and a leading "The" removed from either
 * end, punctuation and spaces dropped (so "Linked In" and "LinkedIn" agree). When nothing but legal
 * forms is left, the name itself is kept rather than an empty key.
 */
export function companyNameKey(name: string): KeyResult {
  return safely(() => {
    if (typeof name !== 'string') return fail('not text');
    if (name.length > 500) return fail('too long for a company name');
    const key = companyNameWords(name).join('');
    if (!hasName(key)) return fail('no letters or digits in it');
    return ok(key);
  });
}
