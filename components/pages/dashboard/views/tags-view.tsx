import { useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { updateSettings } from '@/utils/settings/settings';
import { formatNumber } from '@/components/ui/format';
import { EmptyState, ErrorNote, StatusNote } from '@/components/ui/notice';
import { TagChip } from '@/components/ui/tag-chip';
import { useSettings } from '../../shared/settings';
import { companiesIndex } from '../store/company-index';
import { peopleIndex } from '../store/people-index';
import { useIndexVersion } from '../store/use-index';
import { renameTag } from '../actions/tags';
import type { RouteProps } from '../router';

interface TagStat {
  tag: string;
  people: number;
  companyIds: string[];
}

/** Every tag in use with its counts: rename, merge into another tag, pick a colour. */
export function TagsView(_props: RouteProps) {
  const people = peopleIndex().start();
  const companies = companiesIndex().start();
  const pv = useIndexVersion(people);
  const cv = useIndexVersion(companies);
  const settings = useSettings();
  const [busy, setBusy] = useState<string>();
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();

  const stats = useMemo(() => {
    const map = new Map<string, TagStat>();
    const stat = (tag: string) => {
      let s = map.get(tag);
      if (!s) map.set(tag, (s = { tag, people: 0, companyIds: [] }));
      return s;
    };
    for (const r of people.sorted('recent')) for (const tag of r.tags) stat(tag).people += 1;
    for (const r of companies.sorted('recent')) for (const tag of r.tags) stat(tag).companyIds.push(r.id);
    return [...map.values()].sort((a, b) => a.tag.localeCompare(b.tag));
  }, [pv, cv]);

  if (!people.ready || !companies.ready) return <p role="status">{t('common_loading')}</p>;

  async function rename(s: TagStat, to: string) {
    setError(undefined);
    setNote(undefined);
    setBusy(s.tag);
    try {
      const n = await renameTag(s.tag, to, s.companyIds, (done, total) =>
        setNote(t('dash_tags_progress', formatNumber(done), formatNumber(total))),
      );
      const colors = { ...(settings?.tagColors ?? {}) };
      const color = colors[s.tag];
      delete colors[s.tag];
      if (color && !colors[to.trim()]) colors[to.trim()] = color;
      await updateSettings({ tagColors: colors });
      setNote(t('dash_tags_renamed', s.tag, to.trim(), formatNumber(n)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  }

  async function setColor(tag: string, color: string | undefined) {
    const colors = { ...(settings?.tagColors ?? {}) };
    if (color) colors[tag] = color;
    else delete colors[tag];
    await updateSettings({ tagColors: colors });
  }

  return (
    <section aria-labelledby="tags-title">
      <h1 id="tags-title" tabIndex={-1}>
        {t('dash_tags_title')}
      </h1>
      <p class="muted">{t('dash_tags_intro')}</p>
      {note && <StatusNote>{note}</StatusNote>}
      <ErrorNote error={error} />
      {stats.length === 0 ? (
        <EmptyState title={t('dash_tags_empty_title')} body={t('dash_tags_empty_body')} />
      ) : (
        <>
          <datalist id="all-tags">
            {stats.map((s) => (
              <option key={s.tag} value={s.tag} />
            ))}
          </datalist>
          <table class="tags-table">
            <thead>
              <tr>
                <th scope="col">{t('dash_tags_col_tag')}</th>
                <th scope="col">{t('dash_tags_col_people')}</th>
                <th scope="col">{t('dash_tags_col_companies')}</th>
                <th scope="col">{t('dash_tags_col_colour')}</th>
                <th scope="col">{t('dash_tags_col_rename')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.map((s) => (
                <TagRow
                  key={s.tag}
                  stat={s}
                  color={settings?.tagColors[s.tag]}
                  existing={stats.map((x) => x.tag)}
                  busy={busy !== undefined}
                  onRename={(to) => void rename(s, to)}
                  onColor={(c) => void setColor(s.tag, c)}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function TagRow(props: {
  stat: TagStat;
  color: string | undefined;
  existing: string[];
  busy: boolean;
  onRename: (to: string) => void;
  onColor: (c: string | undefined) => void;
}) {
  const { stat } = props;
  const [to, setTo] = useState('');
  const merging = to.trim() !== '' && to.trim() !== stat.tag && props.existing.includes(to.trim());
  const safeId = `tag-${[...stat.tag].map((c) => c.codePointAt(0)!.toString(36)).join('')}`;
  return (
    <tr>
      <th scope="row">
        <TagChip tag={stat.tag} color={props.color} />
      </th>
      <td>{formatNumber(stat.people)}</td>
      <td>{formatNumber(stat.companyIds.length)}</td>
      <td>
        <input
          type="color"
          aria-label={t('dash_tags_colour_for', stat.tag)}
          value={props.color ?? '#9aa4b5'}
          onChange={(e) => props.onColor((e.currentTarget as HTMLInputElement).value)}
        />{' '}
        {props.color && (
          <button type="button" class="link-button" onClick={() => props.onColor(undefined)}>
            {t('dash_tags_no_colour')}
          </button>
        )}
      </td>
      <td>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (to.trim()) props.onRename(to);
          }}
        >
          <label class="visually-hidden" for={safeId}>
            {t('dash_tags_new_name_for', stat.tag)}
          </label>
          <input
            id={safeId}
            value={to}
            list="all-tags"
            onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" disabled={props.busy || !to.trim() || to.trim() === stat.tag}>
            {merging ? t('dash_tags_merge') : t('dash_tags_rename')}
          </button>
        </form>
      </td>
    </tr>
  );
}
