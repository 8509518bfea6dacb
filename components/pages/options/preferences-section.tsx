import { useMemo, useState } from 'preact/hooks';
import { getCountries } from 'libphonenumber-js/min';
import { t } from '@/utils/i18n';
import type { Settings, Visibility } from '@/utils/model';
import { updateSettings } from '@/utils/settings/settings';
import { AutoLogSetting } from '@/components/email-log/AutoLogSetting';
import { SelectField } from '@/components/ui/field';
import { ErrorNote, StatusNote } from '@/components/ui/notice';
import { uiLocale } from '@/components/ui/format';
import { VISIBILITIES, visibilityLabel } from '../shared/labels';

type Lang = Settings['language'];

/** Phone region, language and default visibility; each change is saved at once and every open page follows. */
export function PreferencesSection({ settings }: { settings: Settings }) {
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const regions = useMemo(() => {
    const names = new Intl.DisplayNames([uiLocale()], { type: 'region' });
    return getCountries()
      .map((code) => ({ value: code as string, label: `${names.of(code) ?? code} (${code})` }))
      .sort((a, b) => a.label.localeCompare(b.label, uiLocale()));
  }, []);

  async function save(patch: Partial<Settings>) {
    setError(undefined);
    setSaved(false);
    try {
      await updateSettings(patch);
      setSaved(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section class="panel" aria-labelledby="prefs-title">
      <h2 id="prefs-title">{t('options_prefs_title')}</h2>
      <SelectField<Lang>
        label={t('options_language')}
        value={settings.language}
        onValue={(language) => void save({ language })}
        choices={[
          { value: 'auto', label: t('options_language_auto') },
          { value: 'en', label: 'English' },
          { value: 'ja', label: '日本語' },
        ]}
      />
      <SelectField<string>
        label={t('options_phone_region')}
        hint={t('options_phone_region_hint')}
        value={settings.phoneRegion}
        onValue={(phoneRegion) => void save({ phoneRegion })}
        choices={regions}
      />
      <SelectField<Visibility>
        label={t('options_default_visibility')}
        hint={t('options_default_visibility_hint')}
        value={settings.defaultVisibility}
        onValue={(defaultVisibility) => void save({ defaultVisibility })}
        choices={VISIBILITIES.map((v) => ({ value: v, label: visibilityLabel(v) }))}
      />
      <AutoLogSetting on={settings.autoLogEmails} onError={setError} />
      {saved && <StatusNote>{t('options_saved')}</StatusNote>}
      <ErrorNote error={error} />
    </section>
  );
}
