import { joinTeam, leaveTeam, syncNow, syncStatus } from '@/utils/background/sync';
import { setupSyncSchedule } from '@/utils/background/sync-schedule';
import { handle } from '@/utils/messaging/handle';

/** Sync: the page messages (status, sync now, join, leave) and the schedule. */
export function setupSync(): void {
  handle('syncStatus', () => syncStatus());
  handle('syncNow', () => syncNow());
  handle('joinTeam', (data) => joinTeam(data));
  handle('leaveTeam', (data) => leaveTeam(data));
  setupSyncSchedule();
}
