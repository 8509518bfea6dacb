import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateSchema, type DetectedCandidate } from '../model';
import { detect, detectPage } from './index';
import { parseDocument } from './testing';

/** Hostile and broken pages: detect never throws, never hangs, never yields a nameless candidate. */

function valid(cands: DetectedCandidate[]): boolean {
  return cands.every((c) => {
    const { anchor: _a, ...plain } = c;
    return CandidateSchema.safeParse(plain).success && c.name.trim().length > 0;
  });
}

function attributeSignature(doc: Document): string {
  return Array.from(doc.querySelectorAll('*'))
    .map(
      (el) =>
        `${el.tagName}:${Array.from(el.attributes)
          .map((a) => `${a.name}=${a.value}`)
          .join(',')}`,
    )
    .join('|');
}

describe('hostile pages', () => {
  it('a 5 MB page returns within its budget with a bounded result', () => {
    const card = (i: number) =>
      `<li><h3>Person Number${String.fromCharCode(65 + (i % 26))} Test${i}</h3><p>Engineer</p><a href="mailto:p${i}@example.com">mail</a> ${'lorem ipsum '.repeat(30)}</li>`;
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const c = card(i);
      parts.push(c);
      size += c.length;
    }
    const doc = parseDocument(`<html><body><ul>${parts.join('')}</ul></body></html>`, 'linkedom');
    const r = detectPage(doc, new URL('https://big.example/'), { budgetMs: 300 });
    expect(r.candidates.length).toBeLessThanOrEqual(300);
    expect(valid(r.candidates)).toBe(true);
  });

  it.each(['linkedom', 'happy-dom'] as const)(
    'a DOM nested 10,000 levels deep does not overflow the stack (%s)',
    (engine) => {
      const doc = parseDocument('<html><body></body></html>', engine);
      let parent: Element = doc.body;
      for (let i = 0; i < 10_000; i++) {
        const div = doc.createElement('div');
        parent.appendChild(div);
        parent = div;
      }
      const a = doc.createElement('a');
      a.setAttribute('href', 'mailto:deep@example.com');
      a.textContent = 'Deep Diver';
      parent.appendChild(a);
      let result: DetectedCandidate[] = [];
      expect(
        () => (result = detect(doc, new URL('https://deep.example/'), { budgetMs: 2000 })),
      ).not.toThrow();
      expect(valid(result)).toBe(true);
      // Our walkers are iterative; happy-dom's own selector engine recurses and fails that deep (counted, not thrown).
      if (engine === 'linkedom') expect(result.map((c) => c.name)).toContain('Deep Diver');
    },
  );

  it('malformed JSON-LD of any shape never throws and never yields an invalid candidate', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (body) => {
          const doc = parseDocument('<html><head></head><body></body></html>', 'linkedom');
          const s = doc.createElement('script');
          s.setAttribute('type', 'application/ld+json');
          s.textContent = body;
          doc.head.appendChild(s);
          return valid(detect(doc, new URL('https://x.example/')));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('prototype-pollution keys in JSON-LD and microdata are dropped', () => {
    const html = `<script type="application/ld+json">{"@type":"Person","name":"Pat Lee","__proto__":{"isAdmin":true},
      "constructor":{"prototype":{"isAdmin":true}},"worksFor":{"__proto__":{"name":"Evil"},"@type":"Organization","name":"Good Co"}}</script>
      <div itemscope itemtype="https://schema.org/Person"><span itemprop="__proto__">x</span><span itemprop="name">Sam Ray</span></div>`;
    const cands = detect(parseDocument(html), new URL('https://x.example/'));
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(cands.find((c) => c.name === 'Pat Lee')?.company).toBe('Good Co');
    expect(cands.some((c) => c.name === 'Sam Ray')).toBe(true);
  });

  it('RTL overrides and zero-width characters are stripped from names and addresses', () => {
    const html = `<p><a href="mailto:jo%E2%80%8Bhn@example.com">Jo\u200Bhn \u202ESm\u200Dith\u202C</a></p>`;
    const [c] = detect(parseDocument(html), new URL('https://x.example/'));
    expect(c?.name).toBe('John Smith');
    expect(c?.emails).toEqual(['john@example.com']);
  });

  it('javascript: and data: links never become links or photos', () => {
    const html = `<div class="h-card"><a class="p-name u-url" href="javascript:alert(1)">Eve Hacker</a>
      <img class="u-photo" src="data:image/svg+xml,<svg onload=alert(1)>"></div>
      <script type="application/ld+json">{"@type":"Person","name":"Mal Lory","url":"javascript:alert(2)","image":"javascript:alert(3)","sameAs":["vbscript:x"]}</script>`;
    // A generous budget: this test is about link schemes, not speed, and must not flake on a busy machine.
    const cands = detect(parseDocument(html), new URL('https://x.example/'), { budgetMs: 10_000 });
    expect(cands.map((c) => c.name).sort()).toEqual(['Eve Hacker', 'Mal Lory', 'x.example'].sort());
    for (const c of cands) {
      for (const l of c.links) expect(l.url).toMatch(/^https?:/);
      if (c.photoUrl) expect(c.photoUrl).toMatch(/^https?:/);
    }
  });

  it('10,000 emails on one page are capped and summarised', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `<li>user${i}@bulk.example</li>`).join('');
    // The cap, not the clock, must end this run: the budget is far above what the cap needs.
    const r = detectPage(parseDocument(`<ul>${items}</ul>`, 'linkedom'), new URL('https://bulk.example/'), {
      budgetMs: 30_000,
    });
    expect(r.stats.capped).toBe(true);
    expect(r.stats.emailsSeen).toBeGreaterThan(100);
    expect(r.candidates.length).toBeLessThanOrEqual(300);
    expect(valid(r.candidates)).toBe(true);
  });

  it('stops at its time budget and says so', () => {
    let t = 0;
    const now = () => (t += 50);
    const html = `<ul>${Array.from({ length: 50 }, (_, i) => `<li>Ann Lee${i} ann${i}@x.example</li>`).join('')}</ul>`;
    const r = detectPage(parseDocument(html), new URL('https://x.example/'), { budgetMs: 200, now });
    expect(r.stats.timedOut).toBe(true);
    expect(valid(r.candidates)).toBe(true);
  });

  it('reads the page without changing it or running its scripts', () => {
    const doc = parseDocument(
      `<html><body><script>globalThis.__pwned = 1</script><img src="x" onerror="globalThis.__pwned = 2">
       <div class="h-card"><span class="p-name">Ada Test</span></div><a href="mailto:a@b.example">Ada Test</a></body></html>`,
    );
    const before = attributeSignature(doc);
    detect(doc, new URL('https://x.example/'));
    expect(attributeSignature(doc)).toBe(before);
    expect((globalThis as Record<string, unknown>)['__pwned']).toBeUndefined();
  });

  it('any HTML at all: no throw, only valid named candidates', () => {
    const tag = fc.constantFrom('div', 'a', 'span', 'p', 'li', 'h1', 'script', 'table', 'td', 'ul');
    const attr = fc.constantFrom(
      '',
      ' href="mailto:x@y.example"',
      ' href="tel:+81312345678"',
      ' class="h-card"',
      ' class="vcard"',
      ' itemscope itemtype="https://schema.org/Person"',
      ' itemprop="name"',
      ' href="https://www.linkedin.com/in/someone/"',
      ' type="application/ld+json"',
      ' email="z@z.example" name="Zed Zee"',
    );
    const text = fc.constantFrom(
      'Jane Doe',
      'CEO',
      '03-1234-5678',
      'a [at] b [dot] com',
      '{"@type":"Person","name":"Q Q"}',
      '',
      '山田 太郎',
    );
    const html = fc
      .array(fc.tuple(tag, attr, text), { maxLength: 30 })
      .map((parts) => parts.map(([t, a, x]) => `<${t}${a}>${x}`).join(''));
    const urls = fc.constantFrom(
      'https://x.example/',
      'https://www.linkedin.com/in/a/',
      'https://mail.google.com/mail/u/0/',
      'https://outlook.office.com/mail/',
    );
    fc.assert(
      fc.property(html, urls, (h, u) => valid(detect(parseDocument(h, 'linkedom'), new URL(u)))),
      { numRuns: 200 },
    );
  });
});
