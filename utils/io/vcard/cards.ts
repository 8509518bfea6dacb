import type { RawProperty } from './unfold';

/** The properties of one card, nested cards taken out, and the line of its BEGIN. */
export interface RawCard {
  line: number;
  version: string;
  properties: RawProperty[];
  /** True when the file ended before END:VCARD. */
  unterminated: boolean;
}

const isBegin = (p: RawProperty) => p.name === 'BEGIN' && p.value.trim().toUpperCase() === 'VCARD';
const isEnd = (p: RawProperty) => p.name === 'END' && p.value.trim().toUpperCase() === 'VCARD';

/**
 * Groups properties into cards. A BEGIN:VCARD inside a card starts a nested card (old phones
 * nest AGENT cards); each becomes its own card. Lines outside any card are ignored.
 */
export function groupCards(properties: Iterable<RawProperty>): RawCard[] {
  return [...iterateCards(properties)].sort((a, b) => a.line - b.line);
}

/** `groupCards` one card at a time, in the order cards end (a nested card before its parent). */
export function* iterateCards(properties: Iterable<RawProperty>): Generator<RawCard, void, undefined> {
  const stack: RawCard[] = [];
  for (const p of properties) {
    if (isBegin(p)) {
      stack.push({ line: p.line, version: '', properties: [], unterminated: false });
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) continue;
    if (isEnd(p)) {
      stack.pop();
      yield top;
      continue;
    }
    if (p.name === 'VERSION') top.version = p.value.trim();
    else top.properties.push(p);
  }
  while (stack.length > 0) {
    const card = stack.pop();
    if (card) yield { ...card, unterminated: true };
  }
}
