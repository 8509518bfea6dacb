import { getDb } from '@/utils/db';
import { askForIntro } from '@/utils/intro/workflow';
import type { MessageData, Replies } from '@/utils/messaging/protocol';
import { currentActor } from './actor';
import { introducers } from './intro-introducers';

/**
 * Ask a teammate for an introduction from the popover. Only someone the viewer can see knows the
 * person (or a colleague of theirs) may be asked, so the request never reveals more than the popover
 * showed; one open request per introducer and person.
 */
export async function askIntroFromPage(data: MessageData<'askIntro'>): Promise<Replies['askIntro']> {
  const db = getDb();
  const actor = await currentActor();
  if (data.introducerId === actor.memberId) throw new Error('You cannot ask yourself for an introduction.');
  const options = await introducers({ personId: data.personId });
  if (!options.introducers.some((i) => i.memberId === data.introducerId)) {
    throw new Error('That teammate is not known to know this person.');
  }
  if (options.open.some((o) => o.introducerId === data.introducerId)) {
    throw new Error('You already asked this teammate; the request is still open.');
  }
  const request = await askForIntro(db, actor, {
    introducerId: data.introducerId,
    targetPersonId: data.personId,
    message: data.message,
  });
  return { introRequestId: request.id };
}
