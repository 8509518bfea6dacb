import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { NameMatchKind } from './name-compare';
import type { DedupReason } from './reasons';

export type DedupLocale = 'en' | 'ja';

/** "+81 3-1234-5678": Japanese numbers keep their familiar dashes, others the international spacing. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  if (parsed.country === 'JP') return `+81 ${parsed.formatNational().replace(/^0/, '')}`;
  return parsed.formatInternational();
}

const KIND_LABEL: Record<DedupLocale, Record<NameMatchKind, string>> = {
  en: {
    swapped: 'order swapped',
    nickname: 'nickname',
    typo: 'spelling differs',
    variant: 'kanji variant',
    initial: 'initial',
    partial: 'part of the name',
    reading: 'reading matches',
    handle: 'from the address or profile',
  },
  ja: {
    swapped: '姓名の順序違い',
    nickname: '愛称',
    typo: '表記ゆれ',
    variant: '異体字',
    initial: 'イニシャル',
    partial: '氏名の一部',
    reading: '読みが一致',
    handle: 'アドレス・プロフィールから推定',
  },
};

function en(r: DedupReason): string {
  switch (r.kind) {
    case 'same-email':
      return `same email ${r.value}`;
    case 'same-phone':
      return `same phone ${formatPhone(r.value)}`;
    case 'same-linkedin':
      return `same LinkedIn profile ${r.value}`;
    case 'role-email':
      return `shared role address ${r.value}`;
    case 'shared-email':
      return `address ${r.value}, shared by several people`;
    case 'shared-phone':
      return `phone ${formatPhone(r.value)}, shared by several people`;
    case 'names': {
      const how = r.kinds.map((k) => KIND_LABEL.en[k]).join(', ');
      return `names ${r.a} / ${r.b}${how ? ` (${how})` : ''}`;
    }
    case 'same-company':
      return `same company ${r.name}`;
    case 'same-domain':
      return `same email domain ${r.domain}`;
  }
}

function ja(r: DedupReason): string {
  switch (r.kind) {
    case 'same-email':
      return `同じメール ${r.value}`;
    case 'same-phone':
      return `同じ電話番号 ${formatPhone(r.value)}`;
    case 'same-linkedin':
      return `同じLinkedIn ${r.value}`;
    case 'role-email':
      return `共用アドレス ${r.value}（部署・窓口用）`;
    case 'shared-email':
      return `複数人が使うアドレス ${r.value}`;
    case 'shared-phone':
      return `複数人が使う電話番号 ${formatPhone(r.value)}（代表番号など）`;
    case 'names': {
      const how = r.kinds.map((k) => KIND_LABEL.ja[k]).join('・');
      return `氏名 ${r.a} / ${r.b}${how ? `（${how}）` : ''}`;
    }
    case 'same-company':
      return `同じ会社 ${r.name}`;
    case 'same-domain':
      return `同じメールドメイン ${r.domain}`;
  }
}

/** One phrase per reason. */
export function explainDedup(reasons: readonly DedupReason[], locale: DedupLocale): string[] {
  return reasons.map(locale === 'ja' ? ja : en);
}

/** "same phone +81 3-1234-5678; names 山田 太郎 / Yamada Taro" / "同じ電話番号 …、氏名 …" */
export function explainDedupLine(reasons: readonly DedupReason[], locale: DedupLocale): string {
  return explainDedup(reasons, locale).join(locale === 'ja' ? '、' : '; ');
}
