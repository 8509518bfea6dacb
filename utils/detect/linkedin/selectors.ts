/**
 * Every LinkedIn selector and text pattern, in one place. LinkedIn's class names are hashed and change
 * weekly, so each field is found by a chain: URL → document title / Open Graph / JSON-LD → ARIA roles,
 * labels and landmarks → headings and text structure → class names last. A class-only selector is a bug:
 * every class below has a structural alternative listed before it.
 *
 * Dates say when a pattern was last checked against LinkedIn's markup (as modelled in
 * tests/fixtures/linkedin); when a pattern stops matching, add the new one beside it with a new date.
 */

/** 2026-01: profile, company, school paths; search lives under /search/results/<vertical>/. */
export const PATHS = {
  profile: /^\/in\/([^/]+)\/?$/,
  profileSub: /^\/in\/([^/]+)\/(details|recent-activity|overlay)\b/,
  company: /^\/(company|school|showcase)\/([^/]+)\/?(about|people|posts|jobs|life)?\/?$/,
  search: /^\/search\/results\/(people|companies|all|content)\/?/,
  feed: /^\/(feed|posts)\//,
};

/** 2026-01: "(3) Jane Doe | LinkedIn", "Jane Doe - Acme | LinkedIn" (public), "Acme: Overview | LinkedIn". */
export const TITLE = {
  suffix: /\s*[|｜]\s*LinkedIn\s*$/i,
  unread: /^\(\d+\+?\)\s*/,
  /** Titles of LinkedIn's own sections, which name nobody. */
  generic:
    /^(LinkedIn|Search|Feed|Messaging|Notifications|My Network|Jobs|Home|検索|フィード|メッセージ|お知らせ|ネットワーク|求人|ホーム)$/i,
  companySuffix: /:\s*(Overview|About|People|Posts|Jobs|Life|概要|基本情報|社員|投稿|求人)\s*$/i,
};

/** 2026-01: ARIA labels carrying values (English and Japanese UI). */
export const ARIA = {
  currentCompany: [/^Current company:\s*(.+?)\.\s*Click/i, /^現在の会社[:：]\s*(.+?)[。.]/],
  viewProfile: [
    /^View\s+(.+?)[’']s?\s+profile/i,
    /^View:\s*(.+?)\s*[•·]/i,
    /^(.+?)さんのプロフィール(を表示|写真)?/,
  ],
  mainLandmark: 'main, [role="main"]',
  list: 'ul, ol, [role="list"]',
  /** Site chrome: the signed-in member's own links live here. */
  chrome: 'header, nav, [role="banner"], [role="navigation"]',
  listItem: 'li, [role="listitem"], article',
};

/** 2026-01: the link to the contact-info overlay sits beside the location in the profile top card. */
export const PROFILE = {
  contactInfo: 'a[href*="/overlay/contact-info"]',
  // Class fallbacks, last resort (2025-12 markup): name heading, headline, location.
  nameClass: ['.text-heading-xlarge', '.pv-text-details__left-panel h1'],
  headlineClass: ['.text-body-medium.break-words'],
  locationClass: ['.text-body-small.inline.t-black--light.break-words'],
};

/** 2026-01: company top card; "About" dl with "Website"/"ウェブサイト". */
export const COMPANY = {
  websiteTerm: /^(Website|ウェブサイト|Site web|Webseite)$/i,
  visitWebsite: /^(Visit website|ウェブサイトにアクセス|Visiter le site web)/i,
  nameClass: ['.org-top-card-summary__title'],
  logoAlt: /\s*(logo|のロゴ)\s*$/i,
};

/** 2026-01: section headings that frame lists of people. */
export const SECTIONS = {
  alsoViewed:
    /^(People also viewed|More profiles for you|People you may know|他の人が閲覧したプロフィール|その他のおすすめプロフィール)/i,
};

/** Lines in a card that are UI chrome, not a person's headline. */
export const CHROME = [
  /^[•·]?\s*(1st|2nd|3rd\+?|3rd|1次|2次|3次)(\s+degree connection)?$/i,
  /degree connection|^[^\p{L}]*(1st|2nd|3rd\+?)$/iu,
  /^(Connect|Message|Follow|Following|Pending|Send InMail|つながり申請|メッセージ|フォロー|フォロー中)$/i,
  /^(View|See)\b.*\bprofile\b/i,
  /さんのプロフィールを表示/,
  /^(Status is|Verified|Premium|Open to work|Hiring)\b/i,
  /^\d[\d,.]*\s*(followers|connections|mutual|フォロワー|件)/i,
  /^(Promoted|Sponsored|プロモーション)$/i,
  /^\d+\s*(h|d|w|mo|yr|時間|日|週間|か月)\b/i,
  /^(he\/him|she\/her|they\/them)$/i,
  /^(About|Experience|Education|Activity|Skills|Contact info)$/i,
];

/** Name decorations LinkedIn adds to link text. */
export const NAME_NOISE = [
  /\s*•\s*(1st|2nd|3rd\+?).*$/i,
  /\s*\((he|she|they)\/(him|her|them)\)\s*$/i,
  /\s*,?\s*Verified.*$/i,
  /\s*[’']s profile( photo| picture)?$/i,
  /\s*さんのプロフィール(写真)?$/,
];

/** "Head of Sales at Acme", "Engineer @ Acme", "Acme 営業部長". */
export const HEADLINE_COMPANY = [/\s(?:at|@)\s+([^|•,]+?)\s*(?:[|•,].*)?$/i];

const CHROME_TAGS = new Set(['HEADER', 'NAV']);
const CHROME_ROLES = new Set(['banner', 'navigation']);
/** Structural form of ARIA.chrome, for hot paths. */
export function isChrome(el: Element): boolean {
  return CHROME_TAGS.has(el.tagName.toUpperCase()) || CHROME_ROLES.has(el.getAttribute('role') ?? '');
}
const ITEM_TAGS = new Set(['LI', 'ARTICLE']);
/** Structural form of ARIA.listItem. */
export function isListItem(el: Element): boolean {
  return ITEM_TAGS.has(el.tagName.toUpperCase()) || el.getAttribute('role') === 'listitem';
}

/** 2026-01: screen-reader-only copies (class fallback; the structural check compares aria-hidden siblings). */
export const VISUALLY_HIDDEN = ['visually-hidden', 'sr-only', 'a11y-text'];
