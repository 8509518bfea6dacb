import { getLang, t } from '@/utils/i18n';
import { latestWith, readThread, type ThreadMessage } from '@/utils/email-log/thread';
import type { Ask } from '@/components/inpage/ask';

export interface LogEmailActionProps {
  personId: string;
  /** The person's addresses, as the popover knows them (saved, or seen on this page). */
  emails: readonly string[];
  ask: Ask;
  onDone(message: string): void;
  onError(message: string): void;
  /** The open thread; read from the page when not given. */
  thread?: readonly ThreadMessage[];
}

function when(at: number): string {
  const locale = getLang() === 'ja' ? 'ja-JP' : 'en';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/**
 * "Log this email" in the popover, when the person is the sender or a recipient of a message in the
 * open thread: one click logs that email, dated from the message itself.
 */
export function LogEmailAction(props: LogEmailActionProps) {
  if (props.emails.length === 0) return null;
  const found = latestWith(props.thread ?? readThread(document), props.emails);
  if (!found) return null;
  const { message, direction } = found;
  return (
    <button
      type="button"
      class="btn"
      data-action="log-email"
      onClick={() =>
        void props
          .ask('logEmail', {
            personIds: [props.personId],
            at: message.at,
            direction,
            messageKey: message.messageKey,
          })
          .then((r) => props.onDone(r.created ? t('email_log_done') : t('email_log_already')))
          .catch((e: unknown) => props.onError(e instanceof Error ? e.message : String(e)))
      }
    >
      {t('email_log_action', when(message.at))}
    </button>
  );
}
