import type { NameOrder } from '../model';

/**
 * The words of a warm introduction, in English and Japanese. Double opt-in throughout: the requester
 * asks the introducer to check with the target first, and the introducer's email to the target only
 * asks whether they are happy to be introduced; nobody's address is handed over before they agree.
 * Every text is a starting point the user edits before it is sent.
 */

export type TemplateLang = 'en' | 'ja';

export interface NamedPerson {
  displayName: string;
  givenName?: string;
  familyName?: string;
  nameOrder?: NameOrder;
}

export interface AskTemplateInput {
  lang: TemplateLang;
  requesterName: string;
  introducerName: string;
  target: NamedPerson;
  companyName?: string;
  /** Why the requester wants to meet them, when already known. */
  purpose?: string;
}

export interface EmailDraft {
  subject: string;
  body: string;
}

export interface TargetEmailInput {
  lang: TemplateLang;
  requesterName: string;
  introducerName: string;
  target: NamedPerson;
  requesterCompany?: string;
  purpose?: string;
}

/** "Kenji" for a greeting in English; the full name when the given name is unknown. */
export function firstNameOf(p: NamedPerson): string {
  return p.givenName?.trim() || p.displayName.trim();
}

/** "山田" for さん/様 in Japanese when the family name is known, else the display name. */
function jaNameOf(p: NamedPerson): string {
  return p.familyName?.trim() || p.displayName.trim();
}

/** First name of a colleague for the English greeting ("Hi Aiko,"). */
function greetingName(name: string): string {
  const first = name.trim().split(/\s+/)[0];
  return first || name.trim();
}

const clean = (s: string | undefined): string | undefined => {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
};

/** The request to the introducer, pre-filled in the popover and on the person page. */
export function askMessage(input: AskTemplateInput): string {
  const company = clean(input.companyName);
  const purpose = clean(input.purpose);
  const target = input.target.displayName.trim();
  if (input.lang === 'ja') {
    const at = company ? `${company}の` : '';
    return [
      `${input.introducerName}さん`,
      '',
      `${at}${target}さんをご紹介いただけないでしょうか。${purpose ? `${purpose}についてお話ししたいと考えています。` : ''}`,
      '',
      `${target}さんのご負担にならないよう、まず${target}さんにご紹介してよいかご確認いただき、ご了承いただけた場合のみメールでおつなぎいただけますと幸いです。`,
      '',
      'よろしくお願いいたします。',
      input.requesterName,
    ].join('\n');
  }
  const at = company ? ` at ${company}` : '';
  return [
    `Hi ${greetingName(input.introducerName)},`,
    '',
    `Could you introduce me to ${target}${at}?${purpose ? ` I'd like to talk with them about ${purpose}.` : ''}`,
    '',
    `Please check with ${firstNameOf(input.target)} first whether they're happy to be introduced, and only if they are, connect us by email.`,
    '',
    'Thank you!',
    input.requesterName,
  ].join('\n');
}

/** The introducer's email to the target: may I introduce my colleague? (The first opt-in.) */
export function targetEmail(input: TargetEmailInput): EmailDraft {
  const purpose = clean(input.purpose);
  const company = clean(input.requesterCompany);
  if (input.lang === 'ja') {
    const name = jaNameOf(input.target);
    const from = company ? `${company}の${input.requesterName}` : `同僚の${input.requesterName}`;
    return {
      subject: `${input.requesterName}のご紹介について`,
      body: [
        `${name}様`,
        '',
        `いつもお世話になっております。${input.introducerName}です。`,
        '',
        `${from}が${name}様とお話しできればと申しております${purpose ? `（${purpose}）` : ''}。ご紹介させていただいてもよろしいでしょうか。`,
        '',
        'ご了承いただける場合は、このメールにご返信ください。改めておつなぎいたします。もちろん、お断りいただいても問題ございません。',
        '',
        'よろしくお願いいたします。',
        input.introducerName,
      ].join('\n'),
    };
  }
  const who = company ? `${input.requesterName} from ${company}` : `my colleague ${input.requesterName}`;
  return {
    subject: `Introduction to ${input.requesterName}?`,
    body: [
      `Hi ${firstNameOf(input.target)},`,
      '',
      `${capitalise(who)} would like to meet you${purpose ? ` to talk about ${purpose}` : ''}.`,
      '',
      "Would you be open to an introduction? If so, just reply and I'll connect you both by email. If not, no problem at all.",
      '',
      'Best,',
      input.introducerName,
    ].join('\n'),
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The requester's follow-up task, made when the introducer accepts. */
export function followUpTitle(lang: TemplateLang, targetName: string, introducerName: string): string {
  return lang === 'ja'
    ? `${introducerName}さんの紹介後、${targetName}さんにフォローアップ`
    : `Follow up with ${targetName} after ${introducerName}'s introduction`;
}

/** Days after accepting that the follow-up falls due: time for the target to answer the introducer. */
export const FOLLOW_UP_DAYS = 7;
