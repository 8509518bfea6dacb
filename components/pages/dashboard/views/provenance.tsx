import { formatDateTime, formatNumber } from '@/components/ui/format';
import { t } from '@/utils/i18n';
import type { Provenance } from '@/utils/model';
import { sourceLabel } from '../../shared/labels';
import type { Members } from '../../shared/members';

/** A page link only for http(s) addresses; anything else is shown as text. */
export function SafeLink({ url, label }: { url: string; label?: string }) {
  let ok = false;
  try {
    ok = ['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(url).protocol);
  } catch {
    ok = false;
  }
  return ok ? (
    <a href={url} target="_blank" rel="noreferrer noopener">
      {label ?? shortUrl(url)}
    </a>
  ) : (
    <span>{label ?? url}</span>
  );
}

export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.length > 32 ? `${u.pathname.slice(0, 31)}…` : u.pathname;
    return `${u.hostname.replace(/^www\./, '')}${path === '/' ? '' : path}`;
  } catch {
    return url.slice(0, 48);
  }
}

/** "LinkedIn · linkedin.com/in/x · 3 Nov 2026 14:02 · by Aiko · 90%": where one value came from. */
export function ProvenanceLine({ entry, members }: { entry: Provenance; members: Members }) {
  return (
    <li class="prov">
      <span>{sourceLabel(entry.source)}</span>
      {entry.url && (
        <>
          {' · '}
          <SafeLink url={entry.url} />
        </>
      )}
      {' · '}
      <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time>
      {entry.by && <> · {t('dash_prov_by', members.nameOf(entry.by))}</>}
      {entry.confidence < 1 && (
        <> · {t('dash_prov_confidence', formatNumber(Math.round(entry.confidence * 100)))}</>
      )}
    </li>
  );
}

/** The newest source in view; older ones behind a disclosure, newest first. */
export function ProvenanceList({
  entries,
  members,
}: {
  entries: readonly Provenance[] | undefined;
  members: Members;
}) {
  if (!entries?.length) return <p class="muted prov-none">{t('dash_prov_none')}</p>;
  const [newest, ...older] = [...entries].reverse();
  return (
    <div class="prov-block">
      <ul class="prov-list" aria-label={t('dash_prov_label')}>
        <ProvenanceLine entry={newest!} members={members} />
      </ul>
      {older.length > 0 && (
        <details class="prov-details">
          <summary>{t('dash_prov_earlier', formatNumber(older.length))}</summary>
          <ul class="prov-list">
            {older.map((entry, i) => (
              <ProvenanceLine key={i} entry={entry} members={members} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
