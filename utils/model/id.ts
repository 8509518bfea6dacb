import { uuidv7 } from 'uuidv7';

/** A new record id, time-ordered so new rows append to indexes. */
export function newId(): string {
  return uuidv7();
}
