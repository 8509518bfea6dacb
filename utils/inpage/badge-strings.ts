import { browser } from 'wxt/browser';
import {
  inpage_badge_company_known as enCompanyKnown,
  inpage_badge_company_new as enCompanyNew,
  inpage_badge_company_saved as enCompanySaved,
  inpage_badge_known as enKnown,
  inpage_badge_known_one as enKnownOne,
  inpage_badge_new as enNew,
  inpage_badge_saved as enSaved,
} from '@/public/_locales/en/messages.json';
import {
  inpage_badge_company_known as jaCompanyKnown,
  inpage_badge_company_new as jaCompanyNew,
  inpage_badge_company_saved as jaCompanySaved,
  inpage_badge_known as jaKnown,
  inpage_badge_known_one as jaKnownOne,
  inpage_badge_new as jaNew,
  inpage_badge_saved as jaSaved,
} from '@/public/_locales/ja/messages.json';

/**
 * The few strings the always-loaded badges need, taken one by one from _locales so the content
 * script does not carry the whole catalog (the popover, loaded on first open, uses t()).
 */
const CATALOG = {
  en: {
    new: enNew,
    saved: enSaved,
    known: enKnown,
    knownOne: enKnownOne,
    companyNew: enCompanyNew,
    companySaved: enCompanySaved,
    companyKnown: enCompanyKnown,
  },
  ja: {
    new: jaNew,
    saved: jaSaved,
    known: jaKnown,
    knownOne: jaKnownOne,
    companyNew: jaCompanyNew,
    companySaved: jaCompanySaved,
    companyKnown: jaCompanyKnown,
  },
};

export type BadgeLang = keyof typeof CATALOG;
export type BadgeStringKey = keyof (typeof CATALOG)['en'];

export function badgeString(lang: BadgeLang, key: BadgeStringKey, ...subs: (string | number)[]): string {
  return CATALOG[lang][key].message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** The user's language choice in options ('auto' follows the browser), read without the settings schema. */
export async function inpageLang(): Promise<BadgeLang> {
  let choice: unknown;
  try {
    const stored = (await browser.storage.local.get('settings')).settings as
      { language?: unknown } | undefined;
    choice = stored?.language;
  } catch {
    choice = undefined;
  }
  if (choice === 'en' || choice === 'ja') return choice;
  let ui = navigator.language;
  try {
    ui = browser.i18n.getUILanguage() || ui;
  } catch {
    // Outside an extension (unit tests) the navigator's language is the best guess.
  }
  return ui.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
