import { t, type MessageKey } from '@/utils/i18n';

const STAYS: MessageKey[] = [
  'options_privacy_stays_1',
  'options_privacy_stays_2',
  'options_privacy_stays_3',
  'options_privacy_stays_4',
];
const SENT: MessageKey[] = [
  'options_privacy_sent_1',
  'options_privacy_sent_2',
  'options_privacy_sent_3',
  'options_privacy_sent_4',
];
const NEVER: MessageKey[] = [
  'options_privacy_never_1',
  'options_privacy_never_2',
  'options_privacy_never_3',
  'options_privacy_never_4',
];

/** Privacy in plain words: what stays in the browser, what goes to the team server, what never leaves. */
export function PrivacySection() {
  return (
    <section class="panel privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('options_privacy_title')}</h2>
      <p>{t('options_privacy_intro')}</p>
      <h3>{t('options_privacy_stays')}</h3>
      <ul>
        {STAYS.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <h3>{t('options_privacy_sent')}</h3>
      <ul>
        {SENT.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <h3>{t('options_privacy_never')}</h3>
      <ul>
        {NEVER.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
    </section>
  );
}
