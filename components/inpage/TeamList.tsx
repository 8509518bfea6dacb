import { getLang, t, type MessageKey } from '@/utils/i18n';
import type { MyTie, TeamLine } from '@/utils/inpage/views';
import { explainStrengthLine } from '@/utils/relationship/format-strength';
import type { StrengthBand } from '@/utils/relationship/strength';

const BAND_KEY: Record<StrengthBand, MessageKey> = {
  strong: 'inpage_band_strong',
  medium: 'inpage_band_medium',
  weak: 'inpage_band_weak',
};

export function Band(props: { band: StrengthBand }) {
  return <span class={`band band-${props.band}`}>{t(BAND_KEY[props.band])}</span>;
}

/** "met at Tokyo Expo; 4 emails, last 2 weeks ago", in the UI language. */
export function evidence(tie: { how?: string; reasons: MyTie['reasons'] }, now: number): string {
  const locale = getLang();
  const reasons = tie.reasons.filter((r) => r.kind !== 'no-contact' || !tie.how);
  const parts = [tie.how, reasons.length ? explainStrengthLine(reasons, { locale, now }) : undefined];
  return parts.filter(Boolean).join(locale === 'ja' ? '。' : ' · ');
}

export interface TeamListProps {
  mine?: MyTie;
  team: TeamLine[];
  /** The company of the person, for "Aiko knows someone by this name at Acme". */
  companyName?: string;
  now: number;
}

/** Who on the team knows them, strongest first; a glimpse (signal) shows a name and nothing else. */
export function TeamList(props: TeamListProps) {
  const { mine, team, now } = props;
  return (
    <section aria-labelledby="meishi-team">
      <h3 id="meishi-team">{t('inpage_team_heading')}</h3>
      {!mine && team.length === 0 ? <p class="muted">{t('inpage_team_none')}</p> : null}
      <ul>
        {mine ? (
          <li class="tm" data-member="me">
            <span class="av me" aria-hidden="true">
              ✓
            </span>
            <span>
              <span class="who">{t('common_you')}</span>
              <Band band={mine.band} />
            </span>
            <span class="ev">{evidence(mine, now)}</span>
          </li>
        ) : null}
        {team.map((line) =>
          line.kind === 'full' ? (
            <li class="tm" key={line.memberId} data-member={line.memberId}>
              <span class="av" aria-hidden="true">
                {line.initials}
              </span>
              <span>
                <span class="who">{line.name}</span>
                <Band band={line.band} />
                {line.happyToIntroduce ? (
                  <span class="muted"> · {t('inpage_happy_to_introduce')}</span>
                ) : null}
              </span>
              <span class="ev">{evidence(line, now)}</span>
            </li>
          ) : (
            <li class="tm" key={line.memberId} data-member={line.memberId}>
              <span class="av sig" aria-hidden="true">
                {line.initials}
              </span>
              <span class="ev">
                {props.companyName
                  ? t('inpage_team_signal', line.name, props.companyName)
                  : t('inpage_team_signal_nocompany', line.name)}
              </span>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
