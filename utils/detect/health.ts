import type { DetectorHealth, HealthCount } from '../model';
import type { PageInfo } from './types';

/**
 * Detector health: each full-page run reports which expected fields it found; misses are counted per
 * page kind so the options page can say "LinkedIn profile: name not found on 3 of 40 pages since …".
 * Pure functions over a PII-free record; the background stores it.
 */

const MAX_KINDS = 40;

export function emptyHealth(now: number): DetectorHealth {
  return { since: now, updatedAt: now, pages: {} };
}

/** Count one page. Pages with no expectations (any other site) leave the record as it is. */
export function recordHealth(record: DetectorHealth, page: PageInfo, now: number): DetectorHealth {
  const fields = Object.entries(page.expected);
  if (!fields.length) return record;
  const key = `${page.site}:${page.kind}`;
  if (!/^[a-z]+:[a-z-]+$/.test(key)) return record;
  if (!record.pages[key] && Object.keys(record.pages).length >= MAX_KINDS) return record;
  const prev = record.pages[key] ?? { pages: 0, fields: {} };
  const next: Record<string, HealthCount> = { ...prev.fields };
  for (const [field, found] of fields) {
    if (!/^[a-zA-Z-]+$/.test(field)) continue;
    const c = next[field] ?? { seen: 0, missed: 0 };
    next[field] = found ? { seen: c.seen + 1, missed: c.missed } : { seen: c.seen, missed: c.missed + 1 };
  }
  return {
    ...record,
    updatedAt: now,
    pages: { ...record.pages, [key]: { pages: prev.pages + 1, fields: next } },
  };
}

export type HealthLanguage = 'en' | 'ja';

const PAGE_LABELS: Record<string, { en: string; ja: string }> = {
  'linkedin:profile': { en: 'LinkedIn profile', ja: 'LinkedIn プロフィール' },
  'linkedin:company': { en: 'LinkedIn company page', ja: 'LinkedIn 会社ページ' },
  'linkedin:company-people': { en: 'LinkedIn company people', ja: 'LinkedIn 会社の社員一覧' },
  'linkedin:search': { en: 'LinkedIn search results', ja: 'LinkedIn 検索結果' },
  'gmail:thread': { en: 'Gmail message', ja: 'Gmail のメール' },
  'outlook:message': { en: 'Outlook message', ja: 'Outlook のメール' },
};

const FIELD_LABELS: Record<string, { en: string; ja: string }> = {
  name: { en: 'name', ja: '名前' },
  title: { en: 'title', ja: '役職' },
  company: { en: 'company', ja: '会社名' },
  emails: { en: 'email', ja: 'メールアドレス' },
  people: { en: 'people', ja: '人物' },
  location: { en: 'location', ja: '所在地' },
};

function day(ts: number): string {
  return new Date(ts).toISOString().slice(0, 10);
}

/** One line per page kind × field that was missed at least once, worst first. */
export function healthSummary(record: DetectorHealth, lang: HealthLanguage): string[] {
  const rows: { line: string; rate: number }[] = [];
  for (const [key, entry] of Object.entries(record.pages)) {
    const page = PAGE_LABELS[key]?.[lang] ?? key;
    for (const [field, count] of Object.entries(entry.fields)) {
      if (!count.missed) continue;
      const total = count.seen + count.missed;
      const label = FIELD_LABELS[field]?.[lang] ?? field;
      const line =
        lang === 'ja'
          ? `${page}: ${total} ページ中 ${count.missed} ページで${label}が見つかりませんでした（${day(record.since)} 以降）`
          : `${page}: ${label} not found on ${count.missed} of ${total} pages since ${day(record.since)}`;
      rows.push({ line, rate: count.missed / total });
    }
  }
  return rows.sort((a, b) => b.rate - a.rate).map((r) => r.line);
}
