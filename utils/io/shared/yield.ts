/**
 * Gives the event loop a turn so the page can paint, take input and run its timers between chunks
 * of work. A zero timeout (not scheduler.yield, whose continuation jumps ahead of timers) keeps the
 * page's own timed work running during a long import.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}
