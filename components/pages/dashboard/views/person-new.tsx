import { createRecord, inOneTransaction } from '@/utils/db';
import { t } from '@/utils/i18n';
import { useSettings } from '../../shared/settings';
import { withActor } from '../actions/actor';
import { companyIdFor, draftOf, fieldsOf, withManual, type PersonDraft } from '../actions/person-draft';
import { navigate, type RouteProps } from '../router';
import { PersonForm } from './person-form';

/** Add someone by hand: the person, and my relationship with them, in one transaction. */
export function PersonNewView(_props: RouteProps) {
  const settings = useSettings();
  if (!settings) return <p role="status">{t('common_loading')}</p>;

  async function create(draft: PersonDraft) {
    const result = fieldsOf(draft, settings?.phoneRegion ?? 'JP');
    if (!result.ok) return result.problems;
    const id = await withActor(async (db, actor) => {
      const now = Date.now();
      const companyId = await companyIdFor(db, result.fields.companyName);
      const filled = Object.entries(result.fields)
        .filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
        .map(([k]) => k);
      return inOneTransaction(db, async () => {
        const person = await createRecord(
          db,
          'person',
          {
            ...result.fields,
            ...(companyId ? { companyId } : {}),
            provenance: withManual({}, filled, actor.memberId, now),
          },
          actor,
        );
        await createRecord(
          db,
          'relationship',
          {
            memberId: actor.memberId,
            personId: person.id,
            how: t('dash_how_added_by_hand'),
            metAt: now,
            visibility: result.fields.visibility,
          },
          actor,
        );
        return person.id;
      });
    });
    navigate('person', id);
    return [];
  }

  return (
    <section aria-labelledby="new-person-title">
      <h1 id="new-person-title" tabIndex={-1}>
        {t('dash_add_person')}
      </h1>
      <PersonForm
        initial={draftOf(undefined, { visibility: settings.defaultVisibility })}
        title={t('dash_new_person_form')}
        submitLabel={t('dash_add_person')}
        onSubmit={create}
        onCancel={() => history.back()}
      />
    </section>
  );
}
