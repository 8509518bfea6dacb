import { t } from '@/utils/i18n';
import type { LastError, Notice } from '@/utils/sync';

/** The last sync error as a person would say it; the server's own words go in brackets when useful. */
export function describeError(error: LastError): string {
  switch (error.kind) {
    case 'offline':
    case 'timeout':
      return t('sync_error_offline');
    case 'auth':
      return t('sync_error_auth');
    case 'rate-limited':
      return t('sync_error_rate_limited');
    case 'server':
      return t('sync_error_server', error.status ?? '?');
    case 'bad-response':
      return t('sync_error_bad_response');
    case 'bad-request':
    case 'too-large':
      return t('sync_error_refused', error.message);
    case 'invite-invalid':
      return t('sync_error_invite_invalid');
    case 'invite-used':
      return t('sync_error_invite_used');
    case 'invite-expired':
      return t('sync_error_invite_expired');
    default:
      return t('sync_error_internal', error.message);
  }
}

/** Why a local change was rolled back, e.g. "Aiko's record was erased on request; your edit was not kept." */
export function describeNotice(notice: Notice): string {
  const name = notice.name ?? t('sync_record_unnamed');
  switch (notice.reason) {
    case 'erased':
      return t('sync_rejected_erased', name);
    case 'forbidden':
      return t('sync_rejected_forbidden', name, notice.message);
    case 'invalid':
      return t('sync_rejected_invalid', name, notice.message);
    case 'conflict':
      return t('sync_rejected_conflict', name, notice.message);
  }
}
