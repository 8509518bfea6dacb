import { getLang, t } from '../i18n';
import type { IntroducerView } from '../messaging/intro';
import { explainPath } from '../relationship/format-path';

/** Why a teammate is offered as introducer, one phrase per reason, in the UI language. */
export function introducerLines(line: IntroducerView, now: number): string[] {
  if (line.kind === 'signal') return [t('intro_signal_line')];
  if (line.kind === 'known') return [line.how, t('intro_known_no_contact')].filter((s): s is string => !!s);
  return explainPath(line.reasons, { locale: getLang(), now });
}
