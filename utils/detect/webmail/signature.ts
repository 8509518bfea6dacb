import { addEmail, addLink, addPhone, newDraft, setText } from '../draft';
import { findEmails } from '../generic/emails';
import { looksLikePersonName } from '../names';
import { clean, cleanLines, nameKey, tailText, visibleText } from '../text';
import type { Draft } from '../types';

/**
 * Signature blocks in English and Japanese: name, title, company, phones, emails, website, postal address.
 * Works on lines only; the caller hands over the signature block and nothing else of the message.
 */

const COMPANY =
  /(株式会社|有限会社|合同会社|合資会社|一般社団法人|一般財団法人|公益財団法人|学校法人|医療法人|(?:^|\s)(?:Inc\.?|Ltd\.?|LLC|L\.L\.C\.|GmbH|K\.K\.|Co\.,?\s?Ltd\.?|Corporation|Corp\.?|plc|PLC|S\.A\.|AG|B\.V\.|N\.V\.|Pty|LLP|Limited|Company|Sp\.\s?z\s?o\.o\.|S\.r\.l\.|SRL|S\.L\.|AB|Oy|A\/S|SAS|SARL|KK)(?=$|[\s,.]))/;
const TITLE_EN =
  /\b(CEO|CTO|CFO|COO|CMO|CIO|VP|SVP|EVP|Vice President|President|Director|Manager|Head of|Lead|Engineer|Developer|Designer|Consultant|Partner|Founder|Co-founder|Officer|Specialist|Analyst|Architect|Account Executive|Representative|Associate|Coordinator|Administrator|Advisor|Owner|Chair|Principal|Scientist|Researcher|Recruiter|Attorney|Counsel|Editor|Producer)\b/i;
const TITLE_JA =
  /(部長|課長|係長|主任|主査|社長|会長|取締役|代表|執行役員|役員|室長|所長|支店長|本部長|マネージャー|マネジャー|リーダー|ディレクター|エンジニア|デザイナー|コンサルタント|プロデューサー|担当|営業|[^\s]{1,10}(?:部|課|室|グループ|チーム|センター|本部|事業部))$/;
const PHONE_LABEL =
  /(?:^|[\s/|,])(?:TEL|Tel|tel|Phone|phone|PHONE|Ph|P|T|Mobile|MOBILE|mobile|Mob|M|Cell|cell|Direct|direct|Office|office|Work|電話|携帯|直通|代表|ＴＥＬ)\.?\s*[:：.]?\s*(\+?[\d０-９(（][\d０-９\s()（）.‐-]{5,22}[\d０-９])/g;
const PHONE_BARE = /(?:^|\s)(\+?\d[\d\s().-]{7,18}\d)(?=\s|$)/g;
const FAX = /(?:FAX|Fax|fax|ファックス|ＦＡＸ)\s*[:：.]?\s*\+?[\d\s()（）.‐-]{6,24}\d/g;
const URL_RE = /\b((?:https?:\/\/|www\.)[^\s<>"'|]+)/i;
const BARE_DOMAIN = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24})\/?$/i;
const ADDRESS =
  /(〒\s?\d{3}-?\d{4}|(?:東京都|北海道|(?:京都|大阪)府|[\p{Script=Han}]{2,3}県)[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\d０-９ー-]{2,}|\d+\s+[\w .]+\s(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Suite)\b|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b)/u;
const DELIMITER =
  /^(--\s?|―{2,}.*|━{2,}.*|_{3,}|={3,}|\*{3,}|-{3,}|Best regards,?|Kind regards,?|Regards,?|Best,|Thanks,?|Thank you,?|Cheers,?|Sincerely,?|よろしくお願い(いた)?(致)?し?ます。?|以上(、)?よろしくお願いします。?)$/i;

export interface SignatureHint {
  name?: string;
  email?: string;
}

export interface Signature {
  name?: string;
  title?: string;
  company?: string;
  phones: string[];
  emails: string[];
  website?: string;
  address?: string;
}

function toHalfWidth(s: string): string {
  return s.normalize('NFKC');
}

function classifyTokens(line: string, sig: Signature, hint: SignatureHint): void {
  // "株式会社サンプル 営業部 部長 山田 太郎": company, department/title words, then the name.
  const tokens = line.split(/[\s\u3000]+/).filter(Boolean);
  const rest: string[] = [];
  const titles: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^(株式会社|有限会社|合同会社)$/.test(t) && tokens[i + 1]) {
      sig.company ??= t + tokens[++i];
    } else if (COMPANY.test(t) && /[\p{Script=Han}\p{Script=Katakana}]/u.test(t)) sig.company ??= t;
    else if (TITLE_JA.test(t)) titles.push(t);
    else rest.push(t);
  }
  if (titles.length) sig.title ??= titles.join(' ');
  const name = rest.join(' ');
  if (rest.length && (looksLikePersonName(name) || (hint.name && nameKey(name) === nameKey(hint.name))))
    sig.name ??= name;
}

/** Parse the lines of one signature block. */
export function parseSignature(rawLines: string[], hint: SignatureHint = {}): Signature {
  const sig: Signature = { phones: [], emails: [] };
  const lines = rawLines
    .slice(0, 20)
    .map((l) => clean(l, 200))
    .filter(Boolean);
  for (const line of lines) {
    const half = toHalfWidth(line);
    if (DELIMITER.test(half)) continue;
    const noFax = half.replace(FAX, ' ');
    let isContact = false;
    for (const e of findEmails(half, 5)) {
      if (!sig.emails.includes(e.toLowerCase())) sig.emails.push(e.toLowerCase());
      isContact = true;
    }
    const url = URL_RE.exec(half)?.[1] ?? BARE_DOMAIN.exec(half)?.[1];
    if (url && !url.includes('@')) {
      sig.website ??= url.replace(/[.,;)]+$/, '');
      isContact = true;
    }
    const labelled = [...noFax.matchAll(PHONE_LABEL)].map((m) => m[1]!.trim());
    const phones = labelled.length
      ? labelled
      : [...noFax.replace(URL_RE, ' ').matchAll(PHONE_BARE)].map((m) => m[1]!.trim());
    for (const p of phones) {
      if (p.replace(/\D/g, '').length >= 8 && !sig.phones.includes(p)) sig.phones.push(p);
      isContact = true;
    }
    if (noFax !== half) isContact = true;
    if (ADDRESS.test(half)) {
      sig.address ??= line;
      continue;
    }
    if (isContact) continue;
    const segments = line.split(/\s*[|｜•·／]\s*|\s+\/\s+|,\s+(?=[A-Z])/).filter(Boolean);
    for (const seg of segments) {
      if (hint.name && nameKey(seg) === nameKey(hint.name)) sig.name ??= seg;
      else if (COMPANY.test(seg) && !/[\p{Script=Han}\p{Script=Katakana}]/u.test(seg)) sig.company ??= seg;
      else if (/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(seg) && /\s/.test(seg))
        classifyTokens(seg, sig, hint);
      else if (COMPANY.test(seg)) sig.company ??= seg;
      else if (looksLikePersonName(seg)) sig.name ??= seg;
      else if (TITLE_EN.test(seg) || TITLE_JA.test(seg)) sig.title ??= seg;
    }
  }
  return sig;
}

/** The signature block of one message body: an explicit signature element, or the lines after a sign-off. */
export function signatureLines(body: Element, explicit: string, quotes: string): string[] {
  const marked = body.querySelector(explicit);
  if (marked) return cleanLines(visibleText(marked, 3000), 20);
  // Only the tail of the body (quoted replies excluded) is read, backwards, to find the sign-off that opens
  // the signature; nothing before it is read.
  const quoteSet = new Set(Array.from(body.querySelectorAll(quotes)));
  const tail = cleanLines(
    tailText(body, 2500, (el) => quoteSet.has(el)),
    60,
  );
  let start = -1;
  for (let i = tail.length - 1; i >= 0 && i >= tail.length - 20; i--) {
    if (DELIMITER.test(toHalfWidth(tail[i]!))) {
      start = i + 1;
      break;
    }
  }
  return start >= 0 ? tail.slice(start, start + 15) : [];
}

/** A draft for the sender from their signature. */
export function signatureDraft(
  sig: Signature,
  hint: SignatureHint,
  base: string,
  anchor?: Element,
): Draft | undefined {
  const d = newDraft('person', 0.6, anchor);
  setText(d, 'name', sig.name ?? hint.name, sig.name ? 'signature' : 'email-header');
  if (hint.email) addEmail(d, hint.email, 'email-header');
  setText(d, 'title', sig.title, 'signature');
  setText(d, 'company', sig.company, 'signature');
  for (const e of sig.emails) addEmail(d, e, 'signature');
  for (const p of sig.phones) addPhone(d, p, 'signature');
  if (sig.website)
    addLink(d, /^https?:/i.test(sig.website) ? sig.website : `https://${sig.website}`, base, 'signature');
  setText(d, 'location', sig.address, 'signature');
  const found = d.sources.some((s) => s.source === 'signature' && s.field !== 'name');
  return found && d.name ? d : undefined;
}
