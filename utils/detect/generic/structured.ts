import type { DetectContext, Draft } from '../types';
import { parseJsonLd } from './jsonld-parse';
import { parseMicrodata } from './microdata-parse';
import { schemaDrafts } from './schema-org';

const MAX_SCRIPTS = 50;

/** Every JSON-LD value on the page (broken scripts repaired or skipped). */
export function jsonLdValues(ctx: DetectContext): unknown[] {
  const values: unknown[] = [];
  const scripts = ctx.root.querySelectorAll(
    'script[type="application/ld+json" i], script[type="application/ld+json"]',
  );
  let n = 0;
  for (const s of Array.from(scripts)) {
    if (++n > MAX_SCRIPTS || ctx.budget.expired()) break;
    try {
      values.push(...parseJsonLd(s.textContent ?? ''));
    } catch {
      ctx.stats.errors++;
    }
  }
  return values;
}

/** schema.org JSON-LD, including @graph, arrays, worksFor/employee/founder/member and ContactPoint. */
export function detectJsonLd(ctx: DetectContext): Draft[] {
  return schemaDrafts(jsonLdValues(ctx), ctx.base, 'json-ld');
}

/** schema.org microdata (itemscope/itemprop). */
export function detectMicrodata(ctx: DetectContext): Draft[] {
  return schemaDrafts(parseMicrodata(ctx.root, ctx.base, ctx.budget), ctx.base, 'microdata');
}
