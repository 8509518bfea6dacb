import type { InteractionKind, StrengthOverride } from '../model';
import { formatWhen, type DateFormatOptions, type UiLocale } from './dates';
import type { StrengthReason } from './strength';

export interface ExplainOptions extends Partial<DateFormatOptions> {
  locale: UiLocale;
}

const EN_COUNT: Record<InteractionKind, (n: number) => string> = {
  meeting: (n) => `met in person ${n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`}`,
  event: (n) => `met at ${n} event${n === 1 ? '' : 's'}`,
  call: (n) => `${n} call${n === 1 ? '' : 's'}`,
  email: (n) => `${n} email${n === 1 ? '' : 's'}`,
  message: (n) => `${n} message${n === 1 ? '' : 's'}`,
  note: (n) => `${n} note${n === 1 ? '' : 's'}`,
};

const JA_COUNT: Record<InteractionKind, (n: number) => string> = {
  meeting: (n) => `対面 ${n}回`,
  event: (n) => `イベント ${n}回`,
  call: (n) => `電話 ${n}回`,
  email: (n) => `メール ${n}通`,
  message: (n) => `メッセージ ${n}件`,
  note: (n) => `メモ ${n}件`,
};

const OVERRIDE_LABEL: Record<UiLocale, Record<StrengthOverride, string>> = {
  en: { close: 'close', 'know-well': 'know well', 'met-once': 'met once' },
  ja: { close: '親しい', 'know-well': 'よく知っている', 'met-once': '一度会った' },
};

function en(reason: StrengthReason, opts: DateFormatOptions): string {
  switch (reason.kind) {
    case 'override':
      return `marked “${OVERRIDE_LABEL.en[reason.override]}”`;
    case 'contact': {
      const when = formatWhen(reason.last, 'en', opts);
      const lead = reason.count === 1 ? '' : 'last ';
      const on = when.style === 'absolute' ? 'on ' : '';
      return `${EN_COUNT[reason.interaction](reason.count)}, ${lead}${on}${when.text}`;
    }
    case 'met': {
      const when = formatWhen(reason.at, 'en', opts);
      const where = reason.where ? ` at ${reason.where}` : '';
      return `first met ${when.style === 'absolute' ? 'on ' : ''}${when.text}${where}`;
    }
    case 'two-way':
      return 'exchanges go both ways';
    case 'no-contact':
      return 'no contact logged yet';
  }
}

function ja(reason: StrengthReason, opts: DateFormatOptions): string {
  switch (reason.kind) {
    case 'override':
      return `「${OVERRIDE_LABEL.ja[reason.override]}」に設定`;
    case 'contact': {
      const when = formatWhen(reason.last, 'ja', opts).text;
      return `${JA_COUNT[reason.interaction](reason.count)}（${reason.count === 1 ? '' : '最終 '}${when}）`;
    }
    case 'met': {
      const when = formatWhen(reason.at, 'ja', opts).text;
      return `初対面 ${when}${reason.where ? `（${reason.where}）` : ''}`;
    }
    case 'two-way':
      return '双方向のやり取りあり';
    case 'no-contact':
      return '接触の記録なし';
  }
}

/** One phrase per reason, in the reasons' order. */
export function explainStrength(reasons: readonly StrengthReason[], options: ExplainOptions): string[] {
  const opts: DateFormatOptions = {
    now: options.now ?? Date.now(),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  };
  return reasons.map((r) => (options.locale === 'ja' ? ja(r, opts) : en(r, opts)));
}

/** The whole explanation as one line: "met in person twice, last on 2026-10-02; 5 emails, last 2 weeks ago". */
export function explainStrengthLine(reasons: readonly StrengthReason[], options: ExplainOptions): string {
  return explainStrength(reasons, options).join(options.locale === 'ja' ? '、' : '; ');
}
