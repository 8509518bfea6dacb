import { useState } from 'preact/hooks';
import { createRecord, getDb, updateRecord } from '@/utils/db';
import { getLang, t } from '@/utils/i18n';
import type { Interaction, Relationship, StrengthOverride } from '@/utils/model';
import { computeStrength } from '@/utils/relationship/strength';
import { explainStrengthLine } from '@/utils/relationship/format-strength';
import { formatDate, formatNumber } from '@/components/ui/format';
import { ErrorNote } from '@/components/ui/notice';
import { useLiveQuery } from '@/components/ui/use-live-query';
import { bandLabel, OVERRIDES, overrideLabel } from '../../shared/labels';
import type { Members } from '../../shared/members';
import { useSettings } from '../../shared/settings';
import { withActor } from '../actions/actor';

/** Who on the team knows this person, how well (score, band and why), strongest first. */
export function WhoKnows({
  personId,
  members,
  interactions,
}: {
  personId: string;
  members: Members;
  interactions: readonly Interaction[];
}) {
  const settings = useSettings();
  const rels = useLiveQuery(
    () =>
      getDb()
        .relationships.where('personId')
        .equals(personId)
        .filter((r) => r.deletedAt == null)
        .toArray(),
    [personId],
  );
  const [error, setError] = useState<string>();
  if (!rels) return null;
  const locale = getLang();
  const ranked = rels
    .map((rel) => ({
      rel,
      strength: computeStrength(rel, interactions, { halfLifeDays: settings?.strengthHalfLifeDays }),
    }))
    .sort((a, b) => b.strength.score - a.strength.score);
  const mine = rels.find((r) => r.memberId === members.me);

  async function iKnowThem() {
    setError(undefined);
    try {
      await withActor((db, actor) =>
        createRecord(
          db,
          'relationship',
          {
            memberId: actor.memberId,
            personId,
            how: t('dash_how_added_by_hand'),
            metAt: Date.now(),
            visibility: settings?.defaultVisibility ?? 'team',
          },
          actor,
        ),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section class="panel" aria-labelledby="who-knows-title">
      <h2 id="who-knows-title">{t('dash_who_knows')}</h2>
      {ranked.length === 0 && <p class="muted">{t('dash_who_knows_none')}</p>}
      <ul class="who-list">
        {ranked.map(({ rel, strength }) => (
          <li key={rel.id} class="who">
            <div class="who-head">
              <strong>{members.nameOf(rel.memberId)}</strong>{' '}
              <span class={`badge band-${strength.band}`}>
                {bandLabel(strength.band)} · {formatNumber(Math.round(strength.score))}
              </span>
              {rel.happyToIntroduce && <span class="badge badge-saved">{t('dash_happy_to_introduce')}</span>}
            </div>
            <p class="muted">{explainStrengthLine(strength.reasons, { locale })}</p>
            {(rel.how || rel.where || rel.metAt) && (
              <p class="muted">
                {[rel.how, rel.where, rel.metAt ? formatDate(rel.metAt) : undefined]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
          </li>
        ))}
      </ul>
      {mine ? (
        <MyRelationship rel={mine} onError={setError} />
      ) : (
        <button type="button" onClick={() => void iKnowThem()}>
          {t('dash_i_know_them')}
        </button>
      )}
      <ErrorNote error={error} />
    </section>
  );
}

/** How well I know them, in my own words: a human override beats the computed score. */
function MyRelationship({ rel, onError }: { rel: Relationship; onError: (e: string | undefined) => void }) {
  async function patch(change: Partial<Pick<Relationship, 'override' | 'happyToIntroduce'>>) {
    onError(undefined);
    try {
      await withActor((db, actor) => updateRecord(db, 'relationship', rel.id, change, actor));
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <div class="my-rel">
      <label for="my-override">{t('dash_how_well')}</label>{' '}
      <select
        id="my-override"
        value={rel.override ?? ''}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          void patch({ override: v ? (v as StrengthOverride) : undefined });
        }}
      >
        <option value="">{t('dash_override_computed')}</option>
        {OVERRIDES.map((o) => (
          <option key={o} value={o}>
            {overrideLabel(o)}
          </option>
        ))}
      </select>{' '}
      <label class="check">
        <input
          type="checkbox"
          checked={rel.happyToIntroduce}
          onChange={(e) => void patch({ happyToIntroduce: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {t('dash_happy_to_introduce')}
      </label>
    </div>
  );
}
