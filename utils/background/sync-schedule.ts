import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { DB_NAME, getDb } from '@/utils/db';
import { syncEngine } from './sync';

const ALARM = 'meishi-sync';
const PERIOD_MINUTES = 1;
/** A burst of saves becomes one push, this long after the last of them. */
const DEBOUNCE_MS = 2_000;

let debounce: ReturnType<typeof setTimeout> | undefined;

function kick(reason: 'alarm' | 'write'): void {
  void syncEngine()
    .sync({ reason })
    .then((outcome) => {
      // A failed attempt retries at its backoff time when that comes sooner than the next alarm.
      if (outcome.ok || outcome.skipped) return;
      void syncEngine()
        .status()
        .then((s) => {
          const wait = (s.nextAttemptAt ?? 0) - Date.now();
          if (wait > 0 && wait < PERIOD_MINUTES * 60_000) setTimeout(() => kick('alarm'), wait);
        });
    })
    .catch(() => undefined);
}

/**
 * When sync runs: every minute on an alarm (which also wakes a stopped service worker), a moment after
 * any local write (the outbox changed, in this or any extension page), and on demand from the pages.
 * Nothing here holds state: a killed worker loses at most a pending timer, and the alarm covers that.
 */
export function setupSyncSchedule(): void {
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 0.1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) kick('alarm');
  });
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    if (!Object.keys(parts).some((k) => k.startsWith(`idb://${DB_NAME}/outbox/`))) return;
    clearTimeout(debounce);
    // Sync's own acknowledgements also touch the outbox: only a non-empty outbox needs a push.
    debounce = setTimeout(() => {
      void getDb()
        .outbox.count()
        .then((n) => n > 0 && kick('write'));
    }, DEBOUNCE_MS);
  });
}
