import { readFile, readdir } from 'node:fs/promises';

/**
 * CPU time (user + system) of a process and all its descendants, from /proc, and the share of the
 * root process alone (Chromium's browser process, where the IndexedDB back end runs); 0 where there
 * is none.
 */
export async function treeCpuMs(root: number | undefined): Promise<{ total: number; root: number }> {
  if (root === undefined) return { total: 0, root: 0 };
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const text = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    if (rest.length < 13) continue;
    stats.set(Number(entry), { ppid: Number(rest[1]), cpu: (Number(rest[11]) + Number(rest[12])) * tick });
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 50; hops += 1) {
      if (p === root) return true;
      p = stats.get(p)?.ppid ?? 0;
    }
    return false;
  };
  let total = 0;
  for (const [pid, s] of stats) if (inTree(pid)) total += s.cpu;
  return { total, root: stats.get(root)?.cpu ?? 0 };
}
