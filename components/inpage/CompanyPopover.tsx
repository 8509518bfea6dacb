import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { safeHref } from '@/utils/inpage/format';
import { fullName } from '@/utils/inpage/names';
import type { CompanyCardView, WarmPerson } from '@/utils/inpage/views';
import type { Candidate } from '@/utils/model';
import type { Ask } from './ask';
import { PopoverFrame } from './PopoverFrame';
import { TagInput } from './TagInput';
import { Band } from './TeamList';

export interface CompanyPopoverProps {
  candidate: Candidate;
  ask: Ask;
  onClose(): void;
  onChanged(): void;
}

/** "The team knows N people at Acme": who, known by whom and how well, and the company record. */
export function CompanyPopover(props: CompanyPopoverProps) {
  const { candidate, ask } = props;
  const [card, setCard] = useState<CompanyCardView | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = (e: unknown) =>
    setNotice({ text: t('inpage_error', e instanceof Error ? e.message : String(e)), error: true });
  const load = () => ask('companyCard', { candidate }).then(setCard);

  useEffect(() => {
    load().catch(fail);
  }, []);

  const save = async () => {
    setBusy(true);
    try {
      await ask('saveCompany', { candidate, tags, ...(card?.company ? { mergeInto: card.company.id } : {}) });
      setNotice({ text: t('inpage_done_saved') });
      setTags([]);
      props.onChanged();
      await load();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const company = card?.company;
  const name = company?.name ?? candidate.name;
  const website = company?.website ?? candidate.links.find((l) => l.kind === 'website')?.url;
  const footer = card ? (
    <>
      <button
        type="button"
        class="btn pri"
        data-action="save-company"
        disabled={busy}
        onClick={() => void save()}
      >
        {company ? t('inpage_company_update') : t('inpage_company_save')}
      </button>
      {company ? (
        <button
          type="button"
          class="btn"
          data-action="dashboard"
          onClick={() => void ask('openDashboard', { entity: 'company', id: company.id }).catch(fail)}
        >
          {t('inpage_action_dashboard')}
        </button>
      ) : null}
    </>
  ) : null;

  return (
    <PopoverFrame
      title={name}
      subtitle={website ? (safeHref(website) ?? undefined) : undefined}
      onClose={props.onClose}
      footer={footer}
    >
      {notice ? (
        <div class={`note${notice.error ? ' err' : ''}`} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </div>
      ) : null}
      {!card ? (
        notice ? null : (
          <p class="muted">{t('common_loading')}</p>
        )
      ) : (
        <>
          <p class="big" data-count={card.count}>
            {card.count === 0
              ? t('inpage_company_none', name)
              : card.count === 1
                ? t('inpage_company_knows_one', name)
                : t('inpage_company_knows', card.count, name)}
          </p>
          <ul class="ppl">
            {card.people.map((p) => (
              <WarmLine key={p.personId} person={p} />
            ))}
          </ul>
          <h3>{company ? t('inpage_company_saved_as', company.name) : t('inpage_company_save')}</h3>
          {company && company.domains.length ? (
            <p class="muted">
              {t('inpage_company_domains')}: {company.domains.join(', ')}
            </p>
          ) : null}
          {company && company.tags.length ? (
            <p class="muted">
              {t('inpage_field_tags')}: {company.tags.join(', ')}
            </p>
          ) : null}
          <label for="meishi-company-tags">{t('inpage_field_tags')}</label>
          <TagInput id="meishi-company-tags" tags={tags} onChange={setTags} ask={ask} />
        </>
      )}
    </PopoverFrame>
  );
}

function WarmLine(props: { person: WarmPerson }) {
  const p = props.person;
  return (
    <li data-person={p.personId}>
      <div>
        <span class="who">{fullName(p)}</span>
        {p.title ? <span class="muted"> · {p.title}</span> : null}
      </div>
      <div class="chipline">
        {p.mine ? (
          <span class="mini">
            <b aria-hidden="true">✓</b>
            {t('common_you')}
          </span>
        ) : null}
        {p.knownBy.map((l) => (
          <span class="mini" key={l.memberId}>
            <b class={l.kind === 'signal' ? 'sig' : ''} aria-hidden="true">
              {l.initials}
            </b>
            {l.name}
            {l.kind === 'full' ? <Band band={l.band} /> : null}
          </span>
        ))}
      </div>
    </li>
  );
}
