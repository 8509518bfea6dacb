import { getDomain, getDomainWithoutSuffix } from 'tldts';

const words = (s: string): string[] => s.trim().split(/\s+/);

/**
 * Mailboxes that belong to a function, not a person: printed on every card of a company, so a
 * shared one says "same company", never "same person". Matched on the first word of the local
 * part ("sales", "sales.jp", "sales-tokyo2"), romanised Japanese ones included.
 */
const ROLE_WORDS = new Set(
  words(`
  info information sales support contact contacts hello hi office admin administrator team jobs careers
  career recruit recruiting recruitment hr press pr media marketing billing accounts accounting finance
  help helpdesk service services customerservice customer cs enquiries enquiry inquiry inquiries noreply
  no donotreply webmaster postmaster hostmaster general mail reception frontdesk booking bookings orders
  order partners partner partnership partnerships biz business ir legal privacy security abuse events
  event newsletter news feedback ops operations tech it all staff shop store global japan jp
  otoiawase toiawase uketsuke soumu somu eigyo eigyou jinji saiyo saiyou koho kouhou keiri daihyo
  daihyou kikaku jimukyoku`),
);

/** The same functions written in Japanese: お問い合わせ@…, 営業@… */
const ROLE_WORDS_JA = words(
  '問い合わせ 問合せ 問合わせ お問 営業 総務 人事 採用 広報 代表 受付 事務局 サポート インフォ',
);

export function isRoleAddress(emailKeyValue: string): boolean {
  const at = emailKeyValue.lastIndexOf('@');
  const local = at < 0 ? emailKeyValue : emailKeyValue.slice(0, at);
  if (ROLE_WORDS_JA.some((w) => local.includes(w))) return true;
  const first = local.split(/[._-]/)[0]?.replace(/\d+$/, '') ?? '';
  return ROLE_WORDS.has(first);
}

/** Mail providers anyone can sign up to: a shared domain there says nothing about a shared employer. */
const FREEMAIL = new Set(
  words(`
  gmail.com googlemail.com yahoo.com yahoo.co.jp yahoo.co.uk ymail.com hotmail.com hotmail.co.jp
  hotmail.co.uk outlook.com outlook.jp live.com live.jp msn.com icloud.com me.com mac.com aol.com
  protonmail.com proton.me pm.me gmx.com gmx.de gmx.net web.de mail.com yandex.com yandex.ru qq.com
  163.com 126.com naver.com docomo.ne.jp ezweb.ne.jp au.com softbank.ne.jp i.softbank.jp nifty.com
  biglobe.ne.jp ocn.ne.jp so-net.ne.jp fastmail.com zoho.com hey.com tutanota.com rakuten.jp
  excite.co.jp livedoor.com inbox.com hush.com comcast.net verizon.net btinternet.com orange.fr free.fr
  libero.it mail.ru`),
);

export function isFreemail(domain: string): boolean {
  return FREEMAIL.has(domain);
}

const domainCache = new Map<string, string | null>();

/**
 * The registrable domain of an email key, like 'acme.co.jp' for taro@tokyo.acme.co.jp, or null for
 * free mail and hosts without one. Cached: a company's people share a handful of domains.
 */
export function employerDomain(emailKeyValue: string): string | null {
  const host = emailKeyValue.slice(emailKeyValue.lastIndexOf('@') + 1);
  let domain = domainCache.get(host);
  if (domain === undefined) {
    const registrable = getDomain(host);
    domain = registrable && !FREEMAIL.has(registrable) && !FREEMAIL.has(host) ? registrable : null;
    if (domainCache.size > 50_000) domainCache.clear();
    domainCache.set(host, domain);
  }
  return domain;
}

/** The name part of a registrable domain, words spaced: 'yamada-shoji.co.jp' → 'yamada shoji'. */
export function domainLabel(domain: string): string {
  let label = labelCache.get(domain);
  if (label === undefined) {
    label = (getDomainWithoutSuffix(domain) ?? domain).replace(/[-_]+/g, ' ');
    if (labelCache.size > 50_000) labelCache.clear();
    labelCache.set(domain, label);
  }
  return label;
}
const labelCache = new Map<string, string>();
