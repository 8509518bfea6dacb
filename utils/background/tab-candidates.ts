import { z } from 'zod';
import { browser } from 'wxt/browser';
import { CandidateSchema, type Candidate } from '@/utils/model';
import type { SenderInfo } from '@/utils/messaging/handle';

/**
 * What the content scripts of each tab last found, so the popup can list "on this page" without
 * asking the page again. Kept in storage.session: gone when the browser closes, and it survives
 * the service worker being stopped between the page's look-up and the popup opening.
 */
const EntrySchema = z.object({ candidate: CandidateSchema, url: z.string().max(2048), at: z.number() });
const StoredSchema = z.object({ entries: z.array(EntrySchema).max(200) });
type Entry = z.infer<typeof EntrySchema>;

const MAX_ENTRIES = 60;
const keyOf = (tabId: number) => `tabCandidates:${tabId}`;

/** Same person or company on the same page: one entry, the latest wins. */
function identity(c: Candidate): string {
  return [c.kind, c.name, c.company ?? '', c.emails[0] ?? '', c.links[0]?.url ?? ''].join('\u0001');
}

export function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

async function read(tabId: number): Promise<Entry[]> {
  const key = keyOf(tabId);
  const parsed = StoredSchema.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data.entries : [];
}

/**
 * What this worker last wrote for each tab. The worker is the only writer, so a page's look-ups
 * (every load and navigation) merge into this instead of reading and re-validating the stored
 * list each time; after a restart it starts from storage.session again.
 */
const written = new Map<number, Entry[]>();

/** The storage.session key of a tab's finds, for pages that follow its changes. */
export const tabKey = keyOf;

/** Called with each look-up a tab's content script makes. */
export async function rememberCandidates(
  sender: SenderInfo,
  candidates: readonly Candidate[],
  now = Date.now(),
): Promise<void> {
  if (sender.tabId === undefined || sender.fromPage || candidates.length === 0) return;
  const url = withoutHash(sender.url ?? '');
  const known = written.get(sender.tabId) ?? (await read(sender.tabId));
  const merged = new Map(known.map((e) => [identity(e.candidate), e]));
  for (const candidate of candidates) {
    const id = identity(candidate);
    merged.delete(id);
    merged.set(id, { candidate, url, at: now });
  }
  const entries = [...merged.values()].slice(-MAX_ENTRIES);
  written.set(sender.tabId, entries);
  await browser.storage.session.set({ [keyOf(sender.tabId)]: { entries } });
}

export async function forgetTab(tabId: number): Promise<void> {
  written.delete(tabId);
  await browser.storage.session.remove(keyOf(tabId));
}

/**
 * The candidates found on the tab's page at `url`, newest first (other pages of the tab are left
 * out). Extension pages read storage.session themselves: the popup needs no round trip to the worker.
 */
export async function candidatesOn(tabId: number, url: string | undefined): Promise<Candidate[]> {
  if (!url) return [];
  const page = withoutHash(url);
  const entries = await read(tabId);
  return entries
    .filter((e) => e.url === page)
    .reverse()
    .map((e) => e.candidate);
}
