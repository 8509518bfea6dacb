import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { timeBudget } from './budget';
import { parseJsonLd } from './generic/jsonld-parse';
import { parseMicroformats, type MfItem, type MfValue } from './generic/mf2-parse';
import { parseMicrodata } from './generic/microdata-parse';
import { kindOfType, nameOf } from './generic/schema-org';
import { detect } from './index';
import { parseDocument } from './testing';

/**
 * Shared third-party corpora: every h-card/hCard case of the microformats test suite and the schema.org
 * samples of extruct and web-auto-extractor. Pass rates are printed; the floors below guard regressions.
 */

const CORPORA = path.resolve(import.meta.dirname, '../..', '..', 'shared/corpora');
const have = existsSync(CORPORA);
const MAPPED = ['name', 'email', 'tel', 'url', 'org', 'job-title', 'role', 'photo'];

function parse(html: string): Document {
  return parseDocument(html);
}

function norm(v: unknown): string {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (v && typeof v === 'object') {
    const o = v as { value?: unknown; properties?: { name?: unknown[] } };
    if (typeof o.value === 'string') return norm(o.value);
    if (o.properties?.name?.[0] !== undefined) return norm(o.properties.name[0]);
  }
  return JSON.stringify(v);
}

interface Flat {
  type: string;
  props: Record<string, string[]>;
}

function flatten(
  items: (MfItem | { type: string[]; properties: Record<string, unknown[]>; children?: unknown[] })[],
  out: Flat[] = [],
): Flat[] {
  for (const item of items) {
    if (item.type.includes('h-card')) {
      const props: Record<string, string[]> = {};
      for (const p of MAPPED) {
        const values = (item.properties[p] ?? []) as (MfValue | unknown)[];
        if (values.length) props[p] = values.map(norm);
      }
      out.push({ type: [...item.type].sort().join(' '), props });
    }
    const nested = Object.values(item.properties)
      .flat()
      .filter((v): v is MfItem => !!v && typeof v === 'object' && 'type' in (v as object));
    flatten([...nested, ...((item.children ?? []) as MfItem[])], out);
  }
  return out;
}

/** JSON with keys sorted, so key order does not count as a difference. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(
          Object.entries(val as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : val,
  );
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f))
    .sort();
}

describe.skipIf(!have)('shared corpora (../shared/corpora)', () => {
  it('microformats: every h-card and hCard case', () => {
    const base = path.join(CORPORA, 'microformats-tests/tests');
    const files = [
      ...listFiles(path.join(base, 'microformats-v1/hcard'), '.html'),
      ...listFiles(path.join(base, 'microformats-v2/h-card'), '.html'),
      ...listFiles(path.join(base, 'microformats-mixed/h-card'), '.html'),
    ];
    expect(files.length).toBeGreaterThanOrEqual(20);
    const failed: string[] = [];
    for (const file of files) {
      const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.json'), 'utf8')) as {
        items: MfItem[];
      };
      const doc = parse(readFileSync(file, 'utf8'));
      const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
      const baseUrl = new URL(baseHref ?? '', 'http://example.com/').href;
      const got = parseMicroformats(doc, baseUrl, timeBudget(1000));
      if (JSON.stringify(flatten(got)) !== JSON.stringify(flatten(expected.items))) {
        failed.push(path.relative(base, file));
        if (process.env.DEBUG_CORPORA)
          console.log(file, JSON.stringify(flatten(got)), JSON.stringify(flatten(expected.items)));
      }
      // The product path must not throw on any case either.
      detect(doc, new URL(baseUrl));
    }
    const rate = (files.length - failed.length) / files.length;
    console.log(
      `microformats h-card pass rate: ${files.length - failed.length}/${files.length} (${(rate * 100).toFixed(0)}%)` +
        (failed.length ? `; failing: ${failed.join(', ')}` : ''),
    );
    expect(rate).toBeGreaterThanOrEqual(0.8);
  });

  it('schema.org samples: every Person and Organization, from microdata and JSON-LD', () => {
    const samples = [
      ...listFiles(path.join(CORPORA, 'schemaorg-extruct/tests/samples'), '.html'),
      ...listFiles(path.join(CORPORA, 'schemaorg-web-auto-extractor/test/resources'), '.html'),
    ];
    expect(samples.length).toBeGreaterThan(20);
    let pass = 0;
    const failed: string[] = [];
    let jsonldTotal = 0;
    let jsonldPass = 0;
    for (const file of samples) {
      const html = readFileSync(file, 'utf8');
      const doc = parse(html);
      const stem = file.replace(/\.html$/, '');
      const expected = new Set<string>();
      const collect = (v: unknown, depth = 0): void => {
        if (depth > 40 || !v || typeof v !== 'object') return;
        if (Array.isArray(v)) return v.forEach((x) => collect(x, depth + 1));
        const o = v as Record<string, unknown>;
        const type = o['@type'] ?? o['type'];
        const kind = kindOfType(Array.isArray(type) ? type : [type]);
        const props = (o['properties'] as Record<string, unknown> | undefined) ?? o;
        const flat: Record<string, unknown> = {};
        for (const [k, val] of Object.entries(props))
          flat[k] = Array.isArray(val) && val.length === 1 ? val[0] : val;
        const name = nameOf(flat) ?? (typeof o['value'] === 'string' ? o['value'] : undefined);
        if (kind && name) expected.add(`${kind}:${name.replace(/\s+/g, ' ').trim()}`);
        Object.values(o).forEach((x) => collect(x, depth + 1));
      };
      for (const ext of ['.json', '.jsonld']) {
        if (!existsSync(stem + ext)) continue;
        try {
          collect(JSON.parse(readFileSync(stem + ext, 'utf8')));
        } catch {
          /* an expectation file we cannot read adds nothing */
        }
      }
      if (file.endsWith('testPage.html')) {
        const exp = JSON.parse(
          readFileSync(path.join(path.dirname(file), 'expectedResult.json'), 'utf8'),
        ) as Record<string, unknown>;
        collect(exp['microdata']);
        collect(exp['jsonld']);
      }
      const got = new Set<string>();
      const base = 'http://example.com/';
      const values: unknown[] = [];
      for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')))
        values.push(...parseJsonLd(s.textContent ?? ''));
      const gather = (v: unknown, depth = 0): void => {
        if (depth > 40 || !v || typeof v !== 'object') return;
        if (Array.isArray(v)) return v.forEach((x) => gather(x, depth + 1));
        const o = v as Record<string, unknown>;
        const kind = kindOfType(o['@type']);
        const name = nameOf(o);
        if (kind && name) got.add(`${kind}:${name.replace(/\s+/g, ' ').trim()}`);
        Object.values(o).forEach((x) => gather(x, depth + 1));
      };
      gather(values);
      gather(parseMicrodata(doc, base, timeBudget(1000)));
      const ok = [...expected].every((e) => got.has(e)) && [...got].every((g) => expected.has(g));
      if (ok) pass++;
      else
        failed.push(
          `${path.basename(file)} (expected ${[...expected].join('; ') || 'none'}, got ${[...got].join('; ') || 'none'})`,
        );
      if (existsSync(stem + '.jsonld')) {
        jsonldTotal++;
        const want = JSON.parse(readFileSync(stem + '.jsonld', 'utf8')) as unknown;
        const wantList = Array.isArray(want) ? want : [want];
        if (canonical(values) === canonical(wantList)) jsonldPass++;
        else failed.push(`${path.basename(file)} (JSON-LD differs)`);
      }
      expect(() => detect(doc, new URL(base))).not.toThrow();
    }
    console.log(
      `schema.org samples, Person/Organization pass rate: ${pass}/${samples.length} (${((pass / samples.length) * 100).toFixed(0)}%)`,
    );
    console.log(
      `schema.org JSON-LD recovery (incl. malformed): ${jsonldPass}/${jsonldTotal}` +
        (failed.length ? `; failing: ${failed.join(' | ')}` : ''),
    );
    expect(pass / samples.length).toBeGreaterThanOrEqual(0.8);
    expect(jsonldPass).toBe(jsonldTotal);
  });
});
