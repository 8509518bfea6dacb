import { useEffect } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { useSettings } from '../shared/settings';
import { HealthSection } from './health-section';
import { PreferencesSection } from './preferences-section';
import { PrivacySection } from './privacy-section';
import { SitesSection } from './sites-section';
import { TeamSection } from './team-section';

export function OptionsApp() {
  const settings = useSettings();
  useEffect(() => {
    if (settings) performance.mark('meishi:options-ready');
  }, [!!settings]);
  return (
    <main class="options" aria-labelledby="options-title">
      <h1 id="options-title">{t('options_title')}</h1>
      <nav aria-label={t('options_toc')} class="toc">
        <a href="#team-title">{t('options_team_title')}</a>
        <a href="#sites-title">{t('options_sites_title')}</a>
        <a href="#prefs-title">{t('options_prefs_title')}</a>
        <a href="#privacy-title">{t('options_privacy_title')}</a>
        <a href="#health-title">{t('options_health_title')}</a>
      </nav>
      <TeamSection />
      <SitesSection />
      {settings ? <PreferencesSection settings={settings} /> : <p role="status">{t('common_loading')}</p>}
      <PrivacySection />
      <HealthSection />
    </main>
  );
}
