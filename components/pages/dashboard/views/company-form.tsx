import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { CompanySchema, type Company, type Status, type Visibility } from '@/utils/model';
import { SelectField, TextArea, TextField } from '@/components/ui/field';
import { ErrorNote } from '@/components/ui/notice';
import { STATUSES, statusLabel, VISIBILITIES, visibilityLabel } from '../../shared/labels';
import { withManual } from '../actions/person-draft';

export interface CompanyDraft {
  name: string;
  legalName: string;
  domains: string;
  website: string;
  linkedin: string;
  industry: string;
  location: string;
  tags: string;
  status: Status;
  visibility: Visibility;
  notes: string;
}

const opt = (s: string) => (s.trim() ? s.trim() : undefined);

/** The changed fields of a company draft (with provenance), or the problems to fix. */
export function companyPatch(
  company: Company,
  d: CompanyDraft,
): { ok: true; patch: (by: string, now: number) => Partial<Company> } | { ok: false; problems: string[] } {
  const next = {
    name: d.name.trim(),
    legalName: opt(d.legalName),
    domains: [
      ...new Set(
        d.domains
          .split(/[\s,]+/)
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean),
      ),
    ],
    website: opt(d.website),
    linkedin: opt(d.linkedin),
    industry: opt(d.industry),
    location: opt(d.location),
    tags: [
      ...new Set(
        d.tags
          .split(/[,、，]/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ],
    status: d.status,
    visibility: d.visibility,
    notes: opt(d.notes),
  };
  const parsed = CompanySchema.safeParse({ ...company, ...next });
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const changed = Object.keys(next).filter(
    (k) =>
      JSON.stringify((company as Record<string, unknown>)[k] ?? null) !==
      JSON.stringify((next as Record<string, unknown>)[k] ?? null),
  );
  return {
    ok: true,
    patch: (by, now) =>
      changed.length ? { ...next, provenance: withManual(company.provenance, changed, by, now) } : {},
  };
}

export function CompanyForm(props: {
  company: Company;
  onSubmit: (d: CompanyDraft) => Promise<string[]>;
  onCancel: () => void;
}) {
  const c = props.company;
  const [d, setD] = useState<CompanyDraft>({
    name: c.name,
    legalName: c.legalName ?? '',
    domains: c.domains.join(', '),
    website: c.website ?? '',
    linkedin: c.linkedin ?? '',
    industry: c.industry ?? '',
    location: c.location ?? '',
    tags: c.tags.join(', '),
    status: c.status,
    visibility: c.visibility,
    notes: c.notes ?? '',
  });
  const [problems, setProblems] = useState<string[]>([]);
  const set =
    <K extends keyof CompanyDraft>(k: K) =>
    (v: CompanyDraft[K]) =>
      setD((x) => ({ ...x, [k]: v }));
  return (
    <form
      class="panel"
      aria-labelledby="company-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        props
          .onSubmit(d)
          .then(setProblems, (err: unknown) =>
            setProblems([err instanceof Error ? err.message : String(err)]),
          );
      }}
    >
      <h2 id="company-form-title">{t('dash_edit_company')}</h2>
      <div class="form-grid">
        <TextField label={t('dash_company_name')} required value={d.name} onValue={set('name')} />
        <TextField label={t('dash_company_legal_name')} value={d.legalName} onValue={set('legalName')} />
        <TextField label={t('dash_company_domains')} value={d.domains} onValue={set('domains')} />
        <TextField label={t('dash_company_website')} value={d.website} onValue={set('website')} />
        <TextField label={t('dash_company_linkedin')} value={d.linkedin} onValue={set('linkedin')} />
        <TextField label={t('dash_company_industry')} value={d.industry} onValue={set('industry')} />
        <TextField label={t('dash_field_location')} value={d.location} onValue={set('location')} />
        <TextField
          label={t('dash_field_tags')}
          hint={t('dash_hint_tags')}
          value={d.tags}
          onValue={set('tags')}
        />
        <SelectField<Status>
          label={t('dash_field_status')}
          value={d.status}
          onValue={set('status')}
          choices={STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        />
        <SelectField<Visibility>
          label={t('dash_field_visibility')}
          value={d.visibility}
          onValue={set('visibility')}
          choices={VISIBILITIES.map((v) => ({ value: v, label: visibilityLabel(v) }))}
        />
      </div>
      <TextArea label={t('dash_field_notes')} value={d.notes} onValue={set('notes')} />
      {problems.map((p) => (
        <ErrorNote key={p} error={p} />
      ))}
      <div class="actions">
        <button type="submit" class="primary">
          {t('common_save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}
