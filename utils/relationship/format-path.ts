import type { DateFormatOptions, UiLocale } from './dates';
import type { PathReason } from './best-path';
import { explainStrengthLine, type ExplainOptions } from './format-strength';
import type { StrengthBand } from './strength';

const BAND: Record<UiLocale, Record<StrengthBand, string>> = {
  en: { strong: 'strong', medium: 'medium', weak: 'weak' },
  ja: { strong: '強', medium: '中', weak: '弱' },
};

const HOUR_MS = 3_600_000;

/** "2 days" / "2 日", "5 hours" / "5 時間": the unit that keeps the number small. */
export function formatDuration(ms: number, locale: UiLocale): string {
  const hours = ms / HOUR_MS;
  const [value, unit] =
    hours < 1
      ? [Math.max(1, Math.round(ms / 60_000)), 'minute']
      : hours < 23.5
        ? [Math.round(hours), 'hour']
        : [Math.round(hours / 24), 'day'];
  const text = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  return locale === 'ja' ? text.replace(/(\d) (?=\S)/g, '$1') : text;
}

function en(r: PathReason, opts: ExplainOptions): string {
  switch (r.kind) {
    case 'knows-target':
      return `${BAND.en[r.band]} relationship (${Math.round(r.score)}): ${explainStrengthLine(r.strength, opts)}`;
    case 'knows-colleague':
      return `knows ${r.personName} at the same company, ${BAND.en[r.band]} (${Math.round(r.score)}): ${explainStrengthLine(r.strength, opts)}`;
    case 'responsiveness': {
      const ignored = r.ignored > 0 ? `, ${r.ignored} unanswered` : '';
      const median =
        r.medianAnswerMs === null ? '' : `; usually answers within ${formatDuration(r.medianAnswerMs, 'en')}`;
      return `accepted ${r.accepted} of ${r.counted} intro request${r.counted === 1 ? '' : 's'}${ignored}${median}`;
    }
    case 'no-intro-history':
      return 'no intro requests answered yet';
    case 'happy-to-introduce':
      return 'happy to introduce';
  }
}

function ja(r: PathReason, opts: ExplainOptions): string {
  switch (r.kind) {
    case 'knows-target':
      return `関係 ${BAND.ja[r.band]}（${Math.round(r.score)}）：${explainStrengthLine(r.strength, opts)}`;
    case 'knows-colleague':
      return `同じ会社の${r.personName}さんと面識 ${BAND.ja[r.band]}（${Math.round(r.score)}）：${explainStrengthLine(r.strength, opts)}`;
    case 'responsiveness': {
      const ignored = r.ignored > 0 ? `、未回答 ${r.ignored}件` : '';
      const median =
        r.medianAnswerMs === null ? '' : `、回答まで通常 ${formatDuration(r.medianAnswerMs, 'ja')}`;
      return `紹介依頼 ${r.counted}件中 ${r.accepted}件を承諾${ignored}${median}`;
    }
    case 'no-intro-history':
      return '紹介依頼への回答履歴なし';
    case 'happy-to-introduce':
      return '紹介可';
  }
}

/** One phrase per path reason, strength explanations included. */
export function explainPath(
  reasons: readonly PathReason[],
  options: { locale: UiLocale } & Partial<DateFormatOptions>,
): string[] {
  const opts: ExplainOptions = { ...options };
  return reasons.map((r) => (options.locale === 'ja' ? ja(r, opts) : en(r, opts)));
}
