import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { EmptyState } from '@/components/ui/notice';
import { SyncChip } from '../shared/sync-status';
import { hrefTo, resolve, setKnownRoutes, useHashLocation, type RouteDef } from './router';

/**
 * The dashboard shell: navigation from the route table, the current view, and focus moved to the
 * view's heading on every navigation so screen-reader users hear where they landed.
 */
export function DashboardApp({ routes, home }: { routes: readonly RouteDef[]; home: string }) {
  setKnownRoutes(routes);
  const loc = useHashLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const found = resolve(routes, loc);

  useEffect(() => {
    if (loc.segments.length === 0) location.replace(hrefTo(home));
  }, [loc, home]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    (heading ?? main.current)?.focus();
  }, [loc.segments.join('/')]);

  const section = found ? (found.route.section ?? found.route.path) : '';
  const View = found?.route.view;

  return (
    <div class="dash">
      <header class="dash-top">
        <button
          type="button"
          class="skip"
          onClick={() => (main.current?.querySelector<HTMLElement>('h1') ?? main.current)?.focus()}
        >
          {t('dash_skip')}
        </button>
        <span class="brand" aria-hidden="true">
          名刺
        </span>
        <span class="brand-name">Meishi</span>
        <SyncChip />
      </header>
      <nav class="dash-nav" aria-label={t('dash_nav_label')}>
        <ul>
          {routes
            .filter((r) => r.nav)
            .map((r) => (
              <li key={r.path}>
                <a href={hrefTo(...r.path.split('/'))} aria-current={section === r.path ? 'page' : undefined}>
                  {t(r.nav!)}
                </a>
              </li>
            ))}
          <li>
            <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
              {t('dash_nav_settings')}
            </a>
          </li>
        </ul>
      </nav>
      <main class="dash-main" ref={main} tabIndex={-1}>
        {View ? (
          <View params={found.params} query={loc.query} />
        ) : loc.segments.length === 0 ? null : (
          <EmptyState title={t('dash_not_found_title')} body={t('dash_not_found_body')}>
            <a class="btn" href={hrefTo(home)}>
              {t('dash_back_to_people')}
            </a>
          </EmptyState>
        )}
      </main>
    </div>
  );
}
