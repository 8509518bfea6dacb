import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/min';

/** Phone numbers written in text, as the page wrote them, using the user's region for national numbers. */
export function findPhones(text: string, region: CountryCode, max = 50): string[] {
  if (!/\d{2}/.test(text)) return [];
  const out: string[] = [];
  try {
    for (const found of findPhoneNumbersInText(text.normalize('NFKC').slice(0, 20_000), {
      defaultCountry: region,
    })) {
      const raw = text.normalize('NFKC').slice(found.startsAt, found.endsAt).trim();
      if (raw && !out.includes(raw)) out.push(raw);
      if (out.length >= max) break;
    }
  } catch {
    return out;
  }
  return out;
}
