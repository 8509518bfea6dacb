import { useState } from 'preact/hooks';
import { hasCjk } from '@/utils/identity';
import { getLang, t } from '@/utils/i18n';
import { mailtoUrl } from '@/utils/intro/mailto';
import { targetEmail, type TemplateLang } from '@/utils/intro/templates';
import type { Person } from '@/utils/model';

/** A Japanese name suggests writing in Japanese; otherwise the introducer's own language. */
export function draftLangFor(target: Pick<Person, 'displayName' | 'familyName'>): TemplateLang {
  return hasCjk(target.familyName ?? target.displayName) ? 'ja' : getLang();
}

/**
 * The introducer's first email to the target (the first opt-in), editable, opened as a mailto: draft
 * in their own mail program. Meishi sends nothing; without an address, the text is there to copy.
 */
export function EmailDraft(props: { target: Person; requesterName: string; introducerName: string }) {
  const { target } = props;
  const addresses = target.emails.map((e) => e.value);
  const [to, setTo] = useState(addresses[0] ?? '');
  const [lang, setLang] = useState<TemplateLang>(() => draftLangFor(target));
  const make = (l: TemplateLang) =>
    targetEmail({
      lang: l,
      requesterName: props.requesterName,
      introducerName: props.introducerName,
      target,
    });
  const [draft, setDraft] = useState(() => make(lang));
  const [copied, setCopied] = useState(false);
  const link = to ? mailtoUrl({ to: [to], subject: draft.subject, body: draft.body }) : null;

  return (
    <section class="panel intro-draft" aria-labelledby="intro-draft-title">
      <h2 id="intro-draft-title">{t('intro_draft_heading', target.displayName)}</h2>
      <p class="muted">{t('intro_draft_explain', target.displayName)}</p>
      <div class="form-grid">
        <label for="intro-draft-to">{t('intro_draft_to')}</label>
        {addresses.length > 1 ? (
          <select id="intro-draft-to" value={to} onChange={(e) => setTo(e.currentTarget.value)}>
            {addresses.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        ) : (
          <input id="intro-draft-to" readOnly value={to} />
        )}
        <label for="intro-draft-lang">{t('intro_draft_lang')}</label>
        <select
          id="intro-draft-lang"
          value={lang}
          onChange={(e) => {
            const next = e.currentTarget.value === 'ja' ? 'ja' : 'en';
            setLang(next);
            setDraft(make(next));
          }}
        >
          <option value="en">{t('intro_lang_en')}</option>
          <option value="ja">{t('intro_lang_ja')}</option>
        </select>
        <label for="intro-draft-subject">{t('intro_draft_subject')}</label>
        <input
          id="intro-draft-subject"
          value={draft.subject}
          onInput={(e) => setDraft({ ...draft, subject: e.currentTarget.value })}
        />
        <label for="intro-draft-body">{t('intro_draft_body')}</label>
        <textarea
          id="intro-draft-body"
          rows={10}
          value={draft.body}
          onInput={(e) => setDraft({ ...draft, body: e.currentTarget.value })}
        />
      </div>
      {!to && <p class="muted">{t('intro_draft_no_email', target.displayName)}</p>}
      {link && !link.ok && <p class="error">{link.error}</p>}
      {link?.ok && link.long && <p class="muted">{t('intro_draft_long')}</p>}
      <div class="actions">
        {link?.ok && (
          <a class="btn primary" href={link.url} data-mailto>
            {t('intro_draft_open')}
          </a>
        )}
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard
              .writeText(`${draft.subject}\n\n${draft.body}`)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {t('intro_draft_copy')}
        </button>
        {copied && <span role="status">{t('intro_draft_copied')}</span>}
      </div>
    </section>
  );
}
