import { describe, expect, it } from 'vitest';
import { DetectorHealthSchema } from '../model';
import { emptyHealth, healthSummary, recordHealth } from './health';
import { detectPage } from './index';
import { fixture, parseDocument } from './testing';

const T0 = Date.UTC(2026, 0, 5);

describe('detector health', () => {
  it('counts seen and missed fields per page kind and formats the summary in English and Japanese', () => {
    let h = emptyHealth(T0);
    for (let i = 0; i < 40; i++) {
      h = recordHealth(
        h,
        { site: 'linkedin', kind: 'profile', expected: { name: i >= 3, title: true } },
        T0 + i,
      );
    }
    expect(h.pages['linkedin:profile']).toEqual({
      pages: 40,
      fields: { name: { seen: 37, missed: 3 }, title: { seen: 40, missed: 0 } },
    });
    expect(DetectorHealthSchema.parse(h)).toEqual(h);
    expect(healthSummary(h, 'en')).toEqual([
      'LinkedIn profile: name not found on 3 of 40 pages since 2026-01-05',
    ]);
    expect(healthSummary(h, 'ja')).toEqual([
      'LinkedIn プロフィール: 40 ページ中 3 ページで名前が見つかりませんでした（2026-01-05 以降）',
    ]);
  });

  it('ignores pages without expectations and keeps no personal data', () => {
    const h0 = emptyHealth(T0);
    expect(recordHealth(h0, { site: 'generic', kind: 'page', expected: {} }, T0 + 1)).toBe(h0);
    const doc = parseDocument(fixture('linkedin/profile.html'));
    const r = detectPage(doc, new URL('https://www.linkedin.com/in/aiko-tanaka-4a1b2c/'));
    const h = recordHealth(h0, r.page, T0 + 2);
    const text = JSON.stringify(h);
    expect(text).not.toMatch(/Aiko|Tanaka|aiko/);
    expect(h.pages['linkedin:profile']?.fields.name).toEqual({ seen: 1, missed: 0 });
  });

  it('a LinkedIn profile whose name cannot be found is counted as a miss', () => {
    const html = fixture('linkedin/profile.html')
      .replace(/<title>.*<\/title>/, '<title>LinkedIn</title>')
      .replace(/<h1[^>]*>Aiko Tanaka<\/h1>/, '');
    const r = detectPage(parseDocument(html), new URL('https://www.linkedin.com/in/aiko-tanaka-4a1b2c/'));
    expect(r.page.expected.name).toBe(false);
    const h = recordHealth(emptyHealth(T0), r.page, T0);
    expect(healthSummary(h, 'en')[0]).toBe(
      'LinkedIn profile: name not found on 1 of 1 pages since 2026-01-05',
    );
  });
});
