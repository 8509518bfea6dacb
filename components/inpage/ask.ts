import type { MessageData, MessageType, Replies } from '@/utils/messaging/protocol';

/** How popover components talk to the background: `ask` from utils/messaging, or a fake in tests. */
export type Ask = <T extends MessageType>(type: T, data: MessageData<T>) => Promise<Replies[T]>;
