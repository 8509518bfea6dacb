import { useState } from 'preact/hooks';
import { getDb, restoreRecord, trashRecord, updateRecord } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { Company, Person, Relationship } from '@/utils/model';
import { formatDateTime } from '@/components/ui/format';
import { EmptyState, ErrorNote, StatusNote } from '@/components/ui/notice';
import { TagChip } from '@/components/ui/tag-chip';
import { useLiveResult } from '@/components/ui/use-live-query';
import { statusLabel, visibilityLabel } from '../../shared/labels';
import { useMembers, type Members } from '../../shared/members';
import { useSettings } from '../../shared/settings';
import { withActor } from '../actions/actor';
import { WarmMapPanel } from '../intros/warm-map-panel';
import { hrefTo, type RouteProps } from '../router';
import { CompanyForm, companyPatch } from './company-form';
import { ProvenanceList, SafeLink } from './provenance';
import { TasksPanel } from './tasks-panel';

/** A company: its record, its people, and who on the team knows whom there. */
export function CompanyView({ params }: RouteProps) {
  const id = params.id ?? '';
  const members = useMembers();
  const settings = useSettings();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();
  const data = useLiveResult(async () => {
    const db = getDb();
    const company = await db.companies.get(id);
    if (!company) return null;
    const people = (await db.people.where('companyId').equals(id).toArray()).filter(
      (p) => p.deletedAt == null,
    );
    const rels = people.length
      ? (
          await db.relationships
            .where('personId')
            .anyOf(people.map((p) => p.id))
            .toArray()
        ).filter((r) => r.deletedAt == null)
      : [];
    return { company, people, rels };
  }, [id]);

  if (data.loading && !data.value) return <p role="status">{t('common_loading')}</p>;
  if (!data.value) {
    return (
      <EmptyState title={t('dash_company_missing_title')} body={t('dash_company_missing_body')}>
        <a class="btn" href={hrefTo('companies')}>
          {t('dash_back_to_companies')}
        </a>
      </EmptyState>
    );
  }
  const { company, people, rels } = data.value;
  const tagColors = settings?.tagColors ?? {};

  async function act(fn: () => Promise<unknown>, done?: string) {
    setError(undefined);
    setNote(undefined);
    try {
      await fn();
      if (done) setNote(done);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const trashed = company.deletedAt != null;
  return (
    <article aria-labelledby="company-name">
      <header class="view-head">
        <div>
          <h1 id="company-name" tabIndex={-1}>
            {company.name}
          </h1>
          <p>
            <span class="badge">{statusLabel(company.status)}</span>{' '}
            <span class="badge">{visibilityLabel(company.visibility)}</span>{' '}
            {company.tags.map((tag) => (
              <TagChip key={tag} tag={tag} color={tagColors[tag]} />
            ))}
          </p>
        </div>
        <div class="actions">
          {!trashed && !editing && (
            <>
              <button type="button" class="primary" onClick={() => setEditing(true)}>
                {t('dash_edit')}
              </button>
              <button
                type="button"
                class="danger"
                onClick={() =>
                  void act(() => withActor((db, a) => trashRecord(db, 'company', id, a)), t('dash_trashed'))
                }
              >
                {t('dash_move_to_trash')}
              </button>
            </>
          )}
        </div>
      </header>
      {trashed && (
        <div class="banner" role="note">
          <p>
            {t(
              'dash_in_trash_since',
              formatDateTime(company.deletedAt ?? 0),
              members.nameOf(company.deletedBy),
            )}
          </p>
          <button
            type="button"
            onClick={() =>
              void act(() => withActor((db, a) => restoreRecord(db, 'company', id, a)), t('dash_restored'))
            }
          >
            {t('dash_restore')}
          </button>
        </div>
      )}
      {note && <StatusNote>{note}</StatusNote>}
      <ErrorNote error={error} />
      {editing && (
        <CompanyForm
          company={company}
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            const result = companyPatch(company, draft);
            if (!result.ok) return result.problems;
            await withActor((db, actor) =>
              updateRecord(db, 'company', id, result.patch(actor.memberId, Date.now()), actor),
            );
            setEditing(false);
            setNote(t('dash_saved'));
            return [];
          }}
        />
      )}
      <div class="person-grid">
        <section class="panel" aria-labelledby="company-record">
          <h2 id="company-record">{t('dash_company_record')}</h2>
          <CompanyFields company={company} members={members} />
        </section>
        <div class="person-side">
          <TeamAtCompany people={people} rels={rels} members={members} />
          {company.deletedAt == null && <WarmMapPanel company={company} />}
          <TasksPanel on={{ companyId: id }} members={members} />
        </div>
      </div>
      <section class="panel" aria-labelledby="company-people">
        <h2 id="company-people">{t('dash_company_people', people.length)}</h2>
        {people.length === 0 ? (
          <p class="muted">{t('dash_company_people_none')}</p>
        ) : (
          <ul class="plain people-at">
            {people
              .sort((a, b) => a.displayName.localeCompare(b.displayName))
              .map((p) => (
                <li key={p.id}>
                  <a href={hrefTo('person', p.id)}>{p.displayName}</a>
                  {p.title && <span class="muted"> · {p.title}</span>}
                </li>
              ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function CompanyFields({ company, members }: { company: Company; members: Members }) {
  const rows: [string, string, preact.ComponentChildren][] = [];
  const add = (field: string, label: string, value: preact.ComponentChildren | undefined | false | '') => {
    if (value) rows.push([field, label, value]);
  };
  add('name', t('dash_company_name'), company.name);
  add('legalName', t('dash_company_legal_name'), company.legalName);
  add('domains', t('dash_company_domains'), company.domains.join(', '));
  add('website', t('dash_company_website'), company.website && <SafeLink url={company.website} />);
  add('linkedin', t('dash_company_linkedin'), company.linkedin && <SafeLink url={company.linkedin} />);
  add('industry', t('dash_company_industry'), company.industry);
  add('location', t('dash_field_location'), company.location);
  add('notes', t('dash_field_notes'), company.notes && <p class="notes">{company.notes}</p>);
  return (
    <dl class="fields">
      {rows.map(([field, label, value]) => (
        <div class="field-row" key={field} data-field={field}>
          <dt>{label}</dt>
          <dd>
            <div class="field-value">{value}</div>
            <ProvenanceList entries={company.provenance[field]} members={members} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** "Aiko knows 3 people here: …", per teammate, most connected first. */
function TeamAtCompany({
  people,
  rels,
  members,
}: {
  people: Person[];
  rels: Relationship[];
  members: Members;
}) {
  const byId = new Map(people.map((p) => [p.id, p]));
  const byMember = new Map<string, Person[]>();
  for (const r of rels) {
    const p = byId.get(r.personId);
    if (p) byMember.set(r.memberId, [...(byMember.get(r.memberId) ?? []), p]);
  }
  const ranked = [...byMember].sort((a, b) => b[1].length - a[1].length);
  return (
    <section class="panel" aria-labelledby="team-at">
      <h2 id="team-at">{t('dash_team_at_company')}</h2>
      {ranked.length === 0 && <p class="muted">{t('dash_team_at_none')}</p>}
      <ul class="plain">
        {ranked.map(([memberId, known]) => (
          <li key={memberId}>
            <strong>{members.nameOf(memberId)}</strong> {t('dash_knows_n', known.length)}{' '}
            {known.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ', '}
                <a href={hrefTo('person', p.id)}>{p.displayName}</a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
