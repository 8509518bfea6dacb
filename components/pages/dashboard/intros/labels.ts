import { t, type MessageKey } from '@/utils/i18n';
import type { IntroAction } from '@/utils/intro/transitions';
import type { IntroStatus } from '@/utils/model';

const STATUS: Record<IntroStatus, MessageKey> = {
  asked: 'intro_status_asked',
  accepted: 'intro_status_accepted',
  declined: 'intro_status_declined',
  done: 'intro_status_done',
  withdrawn: 'intro_status_withdrawn',
};
export const introStatusLabel = (s: IntroStatus) => t(STATUS[s]);

const STEP: Record<IntroStatus, MessageKey> = {
  asked: 'intro_step_asked',
  accepted: 'intro_step_accepted',
  declined: 'intro_step_declined',
  done: 'intro_step_done',
  withdrawn: 'intro_step_withdrawn',
};
export const stepLabel = (s: IntroStatus, who: string) => t(STEP[s], who);

const ACTION: Record<IntroAction, MessageKey> = {
  accept: 'intro_action_accept',
  decline: 'intro_action_decline',
  done: 'intro_action_done',
  withdraw: 'intro_action_withdraw',
};
export const actionLabel = (a: IntroAction) => t(ACTION[a]);

const MOVED: Record<IntroAction, MessageKey> = {
  accept: 'intro_moved_accept',
  decline: 'intro_moved_decline',
  done: 'intro_moved_done',
  withdraw: 'intro_moved_withdraw',
};
export const movedLabel = (a: IntroAction, requester: string) => t(MOVED[a], requester);

/** A status chip's tone: waiting stands out, final states recede. */
export function statusTone(s: IntroStatus): string {
  return s === 'asked' ? 'intro-chip asked' : s === 'accepted' ? 'intro-chip accepted' : 'intro-chip final';
}
