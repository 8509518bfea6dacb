import { browser } from 'wxt/browser';
import en from '@/public/_locales/en/messages.json';
import ja from '@/public/_locales/ja/messages.json';

/**
 * UI strings come from `_locales` (the same files the browser uses for the manifest). They are
 * looked up here rather than through browser.i18n because the user may choose a language other
 * than the browser's in options, which browser.i18n cannot do.
 */
type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<'en' | 'ja', Catalog> = { en, ja };

export type Lang = 'en' | 'ja';
export type MessageKey = keyof typeof en;

let current: Lang = detectLang();

function detectLang(): Lang {
  let ui = typeof navigator !== 'undefined' ? navigator.language : 'en';
  try {
    ui = browser.i18n.getUILanguage() || ui;
  } catch {
    // Outside an extension (tests, the detect CLI) the navigator's language is the best guess.
  }
  return ui.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** 'auto' follows the browser's UI language. */
export function setLang(choice: 'auto' | Lang): void {
  current = choice === 'auto' ? detectLang() : choice;
}

export function getLang(): Lang {
  return current;
}

/** The string for `key` with $1…$9 replaced; English when a Japanese string is missing. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const entry = CATALOGS[current][key] ?? CATALOGS.en[key];
  const text = entry?.message ?? key;
  return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}
