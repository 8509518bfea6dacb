import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import {
  CHOICE_FIELDS,
  defaultChoices,
  markNotDuplicate,
  mergedPerson,
  mergePeople,
  survivorOf,
  type ChoiceField,
  type MergeChoices,
  type Side,
} from '@/utils/hygiene';
import { t, type MessageKey } from '@/utils/i18n';
import type { Person, Status, Visibility } from '@/utils/model';
import { currentActor } from '@/utils/background/actor';
import { formatDateTime, formatNumber } from '@/components/ui/format';
import { EmptyState, ErrorNote } from '@/components/ui/notice';
import { useLiveResult } from '@/components/ui/use-live-query';
import { statusLabel, visibilityLabel } from '../../shared/labels';
import { hrefTo, navigate, type RouteProps } from '../router';
import { dedupCache } from './dedup-cache';
import { reasonsText } from './reasons';
import './hygiene.css';

const LABEL: Record<ChoiceField, MessageKey> = {
  displayName: 'hyg_field_displayName',
  givenName: 'hyg_field_givenName',
  familyName: 'hyg_field_familyName',
  givenNamePhonetic: 'hyg_field_givenNamePhonetic',
  familyNamePhonetic: 'hyg_field_familyNamePhonetic',
  title: 'hyg_field_title',
  companyName: 'hyg_field_companyName',
  location: 'hyg_field_location',
  photoUrl: 'hyg_field_photoUrl',
  status: 'hyg_field_status',
  visibility: 'hyg_field_visibility',
};

function shown(p: Person, field: ChoiceField): string {
  const v = p[field];
  if (v === undefined || v === '') return '—';
  if (field === 'status') return statusLabel(v as Status);
  if (field === 'visibility') return visibilityLabel(v as Visibility);
  return String(v);
}

interface Loaded {
  a: Person;
  b: Person;
  links: number;
}

/** Two records side by side: pick the value of each field, keep every email and phone, merge or tell them apart. */
export function MergeView({ params }: RouteProps) {
  const ids = [params.a ?? '', params.b ?? ''];
  const [choices, setChoices] = useState<MergeChoices>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const data = useLiveResult(async (): Promise<Loaded | null> => {
    const db = getDb();
    const live = (await db.people.bulkGet(ids)).filter((p): p is Person => !!p && p.deletedAt == null);
    const a = survivorOf(live);
    const b = live.find((p) => p.id !== a?.id);
    if (!a || !b) return null;
    const [rels, inter, tasks, intros] = await Promise.all([
      db.relationships.where('personId').equals(b.id).count(),
      db.interactions.where('personIds').equals(b.id).count(),
      db.tasks.where('personId').equals(b.id).count(),
      db.introRequests.where('targetPersonId').equals(b.id).count(),
    ]);
    return { a, b, links: rels + inter + tasks + intros };
  }, [ids.join()]);

  useEffect(() => {
    if (data.value) setChoices(defaultChoices(data.value.a, data.value.b));
  }, [data.value?.a.id, data.value?.b.id]);

  if (data.loading && !data.value) return <p role="status">{t('common_loading')}</p>;
  if (!data.value) {
    return (
      <EmptyState title={t('hyg_merge_gone_title')} body={t('hyg_merge_gone_body')}>
        <a class="btn" href={hrefTo('duplicates')}>
          {t('hyg_merge_back')}
        </a>
      </EmptyState>
    );
  }
  const { a, b, links } = data.value;
  const preview = mergedPerson(a, b, choices, { at: Date.now(), by: 'local' });
  const differing = CHOICE_FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
  const pair = dedupCache.get()?.review.find((p) => ids.includes(p.a) && ids.includes(p.b));

  async function merge() {
    setBusy(true);
    setError(undefined);
    try {
      const result = await mergePeople(getDb(), a.id, b.id, choices, await currentActor());
      dedupCache.settle([b.id]);
      dedupCache.setLastAction({
        text: t('hyg_merge_done', b.displayName, preview.displayName),
        opId: result.opId,
      });
      navigate('duplicates');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  async function different() {
    setBusy(true);
    setError(undefined);
    try {
      await markNotDuplicate(getDb(), a.id, b.id, await currentActor());
      dedupCache.settle([], [a.id, b.id]);
      dedupCache.setLastAction({ text: t('hyg_merge_not_same_done', a.displayName, b.displayName) });
      navigate('duplicates');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  const pick = (field: ChoiceField, side: Side) => setChoices((c) => ({ ...c, [field]: side }));
  const list = (p: Person) => ({
    emails: p.emails.map((e) => e.value),
    phones: p.phones.map((ph) => ph.raw),
    links: p.links.map((l) => l.url),
    tags: p.tags,
  });
  const kept = list(preview);

  return (
    <section aria-labelledby="merge-title" class="hyg-merge">
      <h1 id="merge-title" tabIndex={-1}>
        {t('hyg_merge_title')}
      </h1>
      {pair && <p class="muted">{t('hyg_merge_why', reasonsText(pair.reasons))}</p>}
      <ErrorNote error={error} />
      <div class="hyg-table-wrap">
        <table class="hyg-table">
          <thead>
            <tr>
              <th scope="col">{t('hyg_merge_field')}</th>
              <th scope="col">
                <a href={hrefTo('person', a.id)}>{a.displayName}</a>
                <span class="muted"> · {t('hyg_merge_created', formatDateTime(a.createdAt))}</span>
              </th>
              <th scope="col">
                <a href={hrefTo('person', b.id)}>{b.displayName}</a>
                <span class="muted"> · {t('hyg_merge_created', formatDateTime(b.createdAt))}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {differing.map((field) => (
              <tr key={field} data-field={field}>
                <th scope="row">{t(LABEL[field])}</th>
                {(['a', 'b'] as const).map((side) => {
                  const p = side === 'a' ? a : b;
                  return (
                    <td key={side}>
                      <label>
                        <input
                          type="radio"
                          name={`pick-${field}`}
                          value={side}
                          checked={(choices[field] ?? 'a') === side}
                          onChange={() => pick(field, side)}
                        />
                        <span>{shown(p, field)}</span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
            {(['emails', 'phones', 'links', 'tags'] as const).map((field) =>
              kept[field].length === 0 ? null : (
                <tr key={field} data-field={field}>
                  <th scope="row">{t(`hyg_merge_all_${field}`)}</th>
                  <td colSpan={2}>
                    <ul class="hyg-kept">
                      {kept[field].map((v) => (
                        <li key={v}>{v}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      <p class="muted">{t('hyg_merge_explain', b.displayName, a.displayName, formatNumber(links))}</p>
      <div class="hyg-actions">
        <button type="button" class="btn primary" disabled={busy} onClick={() => void merge()}>
          {t('hyg_merge_do')}
        </button>
        <button type="button" disabled={busy} onClick={() => void different()}>
          {t('hyg_merge_not_same')}
        </button>
        <a class="btn" href={hrefTo('duplicates')}>
          {t('hyg_merge_back')}
        </a>
      </div>
    </section>
  );
}
