import { defineExtensionMessaging } from '@webext-core/messaging';
import type { MessageData, MessageType, ProtocolMap, Replies } from './protocol';

export const messenger = defineExtensionMessaging<ProtocolMap>();

/** Ask the background; throws with the background's reason when it refused. */
export async function ask<T extends MessageType>(type: T, data: MessageData<T>): Promise<Replies[T]> {
  const reply = await (
    messenger.sendMessage as (t: T, d: MessageData<T>) => Promise<ReturnType<ProtocolMap[T]>>
  )(type, data);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
