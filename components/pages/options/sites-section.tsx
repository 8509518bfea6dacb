import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { optionalOrigins } from '@/utils/background/injection';
import { ErrorNote } from '@/components/ui/notice';

async function grantedSites(): Promise<string[]> {
  const fixed = browser.runtime.getManifest().host_permissions ?? [];
  const all = (await browser.permissions.getAll()).origins ?? [];
  return optionalOrigins(all, fixed);
}

/** "https://example.com/*" → "example.com" for people; the pattern stays for the browser. */
export function siteLabel(origin: string): string {
  return origin.replace(/^(\*|https?):\/\//, '').replace(/\/\*$/, '');
}

/** Sites where Meishi reads pages because the user allowed it: list, revoke, allow another. */
export function SitesSection() {
  const [sites, setSites] = useState<string[]>();
  const [site, setSite] = useState('');
  const [error, setError] = useState<string>();
  const refresh = () => void grantedSites().then(setSites, () => setSites([]));

  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  async function grant(event: Event) {
    event.preventDefault();
    setError(undefined);
    let origin: string;
    try {
      const url = new URL(/^https?:\/\//.test(site.trim()) ? site.trim() : `https://${site.trim()}`);
      origin = `${url.origin}/*`;
    } catch {
      setError(t('options_site_invalid'));
      return;
    }
    try {
      // Must run straight from the click: the browser asks the user.
      const ok = await browser.permissions.request({ origins: [origin] });
      if (ok) setSite('');
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function revoke(origin: string) {
    setError(undefined);
    try {
      await browser.permissions.remove({ origins: [origin] });
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section class="panel" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_sites_title')}</h2>
      <p>{t('options_sites_explain')}</p>
      {sites === undefined ? (
        <p class="muted">{t('common_loading')}</p>
      ) : sites.length === 0 ? (
        <p class="muted">{t('options_sites_none')}</p>
      ) : (
        <ul class="sites">
          {sites.map((origin) => (
            <li key={origin}>
              <span>{siteLabel(origin)}</span>
              <button
                type="button"
                onClick={() => void revoke(origin)}
                aria-label={t('options_revoke_named', siteLabel(origin))}
              >
                {t('options_revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={(e) => void grant(e)}>
        <label for="grant-site">{t('options_grant_label')}</label>
        <input
          id="grant-site"
          placeholder="example.com"
          value={site}
          onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('options_grant')}</button>
      </form>
      <ErrorNote error={error} />
    </section>
  );
}
