import { t, type MessageKey } from '@/utils/i18n';
import type { InteractionKind, SourceKind, Status, StrengthOverride, Visibility } from '@/utils/model';
import type { StrengthBand } from '@/utils/relationship/strength';

const STATUS: Record<Status, MessageKey> = {
  lead: 'dash_status_lead',
  contact: 'dash_status_contact',
  customer: 'dash_status_customer',
  partner: 'dash_status_partner',
  candidate: 'dash_status_candidate',
  other: 'dash_status_other',
};
export const statusLabel = (s: Status) => t(STATUS[s]);
export const STATUSES = Object.keys(STATUS) as Status[];

const VISIBILITY: Record<Visibility, MessageKey> = {
  private: 'dash_visibility_private',
  signal: 'dash_visibility_signal',
  team: 'dash_visibility_team',
};
export const visibilityLabel = (v: Visibility) => t(VISIBILITY[v]);
export const VISIBILITIES = Object.keys(VISIBILITY) as Visibility[];

const KIND: Record<InteractionKind, MessageKey> = {
  meeting: 'dash_kind_meeting',
  call: 'dash_kind_call',
  email: 'dash_kind_email',
  message: 'dash_kind_message',
  event: 'dash_kind_event',
  note: 'dash_kind_note',
};
export const kindLabel = (k: InteractionKind) => t(KIND[k]);
export const KINDS = Object.keys(KIND) as InteractionKind[];

const BAND: Record<StrengthBand, MessageKey> = {
  strong: 'dash_band_strong',
  medium: 'dash_band_medium',
  weak: 'dash_band_weak',
};
export const bandLabel = (b: StrengthBand) => t(BAND[b]);

const OVERRIDE: Record<StrengthOverride, MessageKey> = {
  close: 'dash_override_close',
  'know-well': 'dash_override_know_well',
  'met-once': 'dash_override_met_once',
};
export const overrideLabel = (o: StrengthOverride) => t(OVERRIDE[o]);
export const OVERRIDES = Object.keys(OVERRIDE) as StrengthOverride[];

/** Where a value came from, in words: LinkedIn, a page's structured data, an import, typed by hand. */
export function sourceLabel(source: SourceKind): string {
  if (source.startsWith('linkedin')) return t('dash_source_linkedin');
  if (source.startsWith('import:')) return t('dash_source_import', source.slice('import:'.length));
  switch (source) {
    case 'json-ld':
    case 'microdata':
    case 'h-card':
    case 'og':
      return t('dash_source_structured');
    case 'mailto':
    case 'tel':
    case 'text':
    case 'site':
    case 'social-link':
    case 'team-page':
      return t('dash_source_page');
    case 'email-header':
    case 'signature':
      return t('dash_source_email');
    case 'manual':
      return t('dash_source_manual');
    case 'merge':
      return t('dash_source_merge');
    case 'sync':
      return t('dash_source_sync');
    default:
      return source;
  }
}
