import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../index';
import { parseDocument } from '../testing';

/**
 * Real sender/recipient name+email tuples from the gmail.js fixtures (../shared/corpora/gmail-gmailjs),
 * rendered into Gmail-style header markup: every tuple must come back as a candidate.
 */

const DIR = path.resolve(
  import.meta.dirname,
  '../../..',
  '..',
  'shared/corpora/gmail-gmailjs/test/testdata-parser-json',
);

function tuples(): { email: string; name: string }[] {
  const out = new Map<string, string>();
  const walk = (v: unknown, depth = 0): void => {
    if (depth > 60 || !v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o['1'] === 1 && typeof o['2'] === 'string' && typeof o['3'] === 'string' && o['2'].includes('@')) {
      out.set(o['2'].toLowerCase(), o['3']);
    }
    for (const x of Object.values(o)) walk(x, depth + 1);
  };
  for (const f of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
    try {
      walk(JSON.parse(readFileSync(path.join(DIR, f), 'utf8')));
    } catch {
      /* a file that is not JSON adds nothing */
    }
  }
  return [...out].map(([email, name]) => ({ email, name }));
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

describe.skipIf(!existsSync(DIR))('Gmail header people from the gmail.js corpus', () => {
  it('finds every sender and recipient', () => {
    const people = tuples();
    expect(people.length).toBeGreaterThanOrEqual(2);
    const [from, ...to] = people;
    const html = `<html><head><title>Thread - someone@else.example - Gmail</title></head><body><div role="main">
      <h2>Subject</h2><div role="list"><div role="listitem">
      <h3><span class="gD" email="${esc(from!.email)}" name="${esc(from!.name)}"><span>${esc(from!.name)}</span></span></h3>
      <div><span>to ${to.map((p) => `<span class="g2" email="${esc(p.email)}" name="${esc(p.name)}">${esc(p.name)}</span>`).join(', ')}</span></div>
      </div></div></div></body></html>`;
    const cands = detect(parseDocument(html), new URL('https://mail.google.com/mail/u/0/#inbox/x'));
    let found = 0;
    for (const p of people) if (cands.some((c) => c.emails.includes(p.email))) found++;
    console.log(`gmail.js corpus: ${found}/${people.length} header people found`);
    expect(found).toBe(people.length);
  });
});
