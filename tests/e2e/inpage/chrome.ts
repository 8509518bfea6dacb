/**
 * The few extension APIs the e2e helpers call inside the browser (in the service worker or an
 * extension page). Functions passed to evaluate() run there, where `chrome` is a global.
 */
export interface ChromeApis {
  tabs: { query(q: { url?: string; active?: boolean }): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  runtime: {
    onMessage: { addListener(fn: (message: unknown) => undefined): void };
    sendMessage(message: unknown): Promise<unknown>;
  };
  scripting: { executeScript(d: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  storage: {
    local: {
      set(v: Record<string, unknown>): Promise<void>;
      get(k: string): Promise<Record<string, unknown>>;
    };
  };
}
