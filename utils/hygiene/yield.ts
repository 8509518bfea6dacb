/**
 * Gives the page a turn between chunks of a long operation, so it keeps painting and answering
 * input. A MessageChannel message runs sooner than setTimeout(0), which browsers clamp to 4 ms
 * after a few nested calls (200 chunks × 4 ms is most of a second of doing nothing).
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
