import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { fullName } from '@/utils/inpage/names';
import type { PersonCardView } from '@/utils/inpage/views';
import type { Candidate } from '@/utils/model';
import { LogEmailAction } from '@/components/email-log/LogEmailAction';
import { IntroForm, LogForm, TaskForm } from './ActionForms';
import type { Ask } from './ask';
import { PersonCard, type CardFields } from './PersonCard';
import { PopoverFrame } from './PopoverFrame';
import { SavePreview } from './SavePreview';
import { candidateSources } from './sources';
import { TeamList } from './TeamList';

type View = 'card' | 'save' | 'log' | 'task' | 'intro';

export interface PersonPopoverProps {
  candidate: Candidate;
  ask: Ask;
  now: number;
  onClose(): void;
  /** Something was saved: the page's badges should be looked up again. */
  onChanged(): void;
}

const cardFields = (c: Candidate): CardFields => ({
  ...(c.title ? { title: c.title } : {}),
  ...(c.company ? { companyName: c.company } : {}),
  emails: c.emails,
  phones: c.phones,
  links: c.links,
  ...(c.location ? { location: c.location } : {}),
});

/**
 * The person popover: a new person opens on the save preview; a saved one on their card, who on
 * the team knows them and the actions (save, I know them, log, task, intro, dashboard).
 */
export function PersonPopover(props: PersonPopoverProps) {
  const { candidate, ask } = props;
  const [card, setCard] = useState<PersonCardView | null>(null);
  const [view, setView] = useState<View>('card');
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const body = useRef<HTMLDivElement>(null);

  const load = async (personId?: string) => {
    const next = await ask('personCard', personId ? { personId } : { candidate });
    setCard(next);
    return next;
  };
  useEffect(() => {
    load()
      .then((c) => setView(c.person ? 'card' : 'save'))
      .catch((error: unknown) => setNotice({ text: t('inpage_error', String(error)), error: true }));
  }, []);

  // Focus follows the view: the first field of a form, the heading of a card.
  useLayoutEffect(() => {
    const root = body.current;
    if (!root || !card) return;
    const target =
      view === 'card'
        ? root.closest('.p')?.querySelector<HTMLElement>('h2')
        : root.querySelector<HTMLElement>('input, select, textarea');
    target?.focus();
  }, [view, card]);

  const fail = (message: string) => setNotice({ text: t('inpage_error', message), error: true });
  const done = (text: string) => {
    props.onChanged();
    const shown = () => {
      setView('card');
      setNotice({ text });
    };
    if (card?.person) void load(card.person.id).then(shown, shown);
    else shown();
  };

  const person = card?.person;
  const title = person ? fullName(person) : candidate.name;
  const jobTitle = person?.title ?? candidate.title;
  const company = person?.companyName ?? candidate.company;
  // A LinkedIn headline often names the company already ("CTO at Acme"): say it once.
  const subtitle =
    jobTitle && company && jobTitle.includes(company)
      ? jobTitle
      : [jobTitle, company].filter(Boolean).join(' · ');
  const mine = !!card?.mine;

  const actions =
    card && person && view === 'card' ? (
      <>
        {person.access === 'full' ? (
          <button type="button" class="btn pri" data-action="save" onClick={() => setView('save')}>
            {t('common_save')}
          </button>
        ) : null}
        {!mine ? (
          <button
            type="button"
            class="btn"
            data-action="i-know"
            onClick={() =>
              void ask('iKnowThem', { personId: person.id, metAt: props.now })
                .then(() => done(t('inpage_done_i_know')))
                .catch((e: unknown) => fail(String(e)))
            }
          >
            {t('inpage_action_i_know')}
          </button>
        ) : null}
        <button type="button" class="btn" data-action="log" onClick={() => setView('log')}>
          {t('inpage_action_log')}
        </button>
        <LogEmailAction
          personId={person.id}
          emails={person.emails.length ? person.emails : candidate.emails}
          ask={ask}
          onDone={done}
          onError={fail}
        />
        <button type="button" class="btn" data-action="task" onClick={() => setView('task')}>
          {t('inpage_action_task')}
        </button>
        {card.team.length ? (
          <button type="button" class="btn" data-action="intro" onClick={() => setView('intro')}>
            {t('inpage_action_intro')}
          </button>
        ) : null}
        <button
          type="button"
          class="btn"
          data-action="dashboard"
          onClick={() =>
            void ask('openDashboard', { entity: 'person', id: person.id }).catch((e: unknown) =>
              fail(String(e)),
            )
          }
        >
          {t('inpage_action_dashboard')}
        </button>
      </>
    ) : null;

  const formProps = person
    ? {
        personId: person.id,
        ask,
        now: props.now,
        onDone: done,
        onCancel: () => setView('card'),
        onError: fail,
      }
    : null;

  return (
    <PopoverFrame title={title} subtitle={subtitle || undefined} onClose={props.onClose} footer={actions}>
      <div ref={body}>
        {notice ? (
          <div class={`note${notice.error ? ' err' : ''}`} role={notice.error ? 'alert' : 'status'}>
            {notice.text}
          </div>
        ) : null}
        {!card ? (
          notice ? null : (
            <p class="muted">{t('common_loading')}</p>
          )
        ) : view === 'save' ? (
          <SavePreview
            candidate={candidate}
            card={card}
            ask={ask}
            now={props.now}
            onError={fail}
            {...(person ? { onCancel: () => setView('card') } : {})}
            onSaved={(personId) => {
              props.onChanged();
              // "Saved." shows with the saved card, never over the form it replaces.
              void load(personId)
                .then(() => {
                  setView('card');
                  setNotice({ text: t('inpage_done_saved') });
                })
                .catch((e: unknown) => fail(String(e)));
            }}
          />
        ) : view === 'log' && formProps ? (
          <LogForm {...formProps} />
        ) : view === 'task' && formProps ? (
          <TaskForm {...formProps} />
        ) : view === 'intro' && formProps ? (
          <IntroForm {...formProps} team={card.team} personName={title} />
        ) : (
          <>
            {person?.access === 'full' ? (
              <PersonCard
                fields={{ ...person, emails: person.emails, phones: person.phones, links: person.links }}
                sources={person.sources}
              />
            ) : (
              <PersonCard fields={cardFields(candidate)} sources={candidateSources(candidate, props.now)} />
            )}
            <TeamList
              {...(card.mine ? { mine: card.mine } : {})}
              team={card.team}
              {...((person?.companyName ?? candidate.company)
                ? { companyName: person?.companyName ?? candidate.company }
                : {})}
              now={props.now}
            />
          </>
        )}
      </div>
    </PopoverFrame>
  );
}
