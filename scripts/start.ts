import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureFirstRun, startServer } from '../server';

/**
 * `npm start`: build the Chrome extension, start the team server on SQLite at 127.0.0.1:8787,
 * and say in plain words how to load the extension and join the team.
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const extensionDir = path.join(root, '.output', 'chrome-mv3');

console.log('Building the Meishi extension…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('The extension did not build. Run `npm run build` to see why.');
  process.exit(build.status ?? 1);
}

mkdirSync(path.join(root, 'data'), { recursive: true });
const server = await startServer({
  databaseUrl: process.env.DATABASE_URL ?? path.join(root, 'data', 'meishi.db'),
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 8787),
  logLevel: (process.env.LOG_LEVEL as 'info' | undefined) ?? 'warn',
  handleSignals: true,
});
const first = await ensureFirstRun(server.conn);

const lines = [
  '',
  'Meishi is running.',
  '',
  `  Extension: ${extensionDir}`,
  `  Team server: ${server.url} (SQLite at ${server.config.databaseUrl})`,
  '',
  'Load the extension in Chrome or Chromium:',
  '  1. Open chrome://extensions',
  '  2. Switch on "Developer mode" (top right)',
  `  3. Click "Load unpacked" and choose ${extensionDir}`,
  '',
  'Join your team from the extension:',
  '  1. Click the Meishi icon, then "Options" (or right-click the icon → Options)',
  `  2. Enter the server URL ${server.url}`,
  first
    ? `  3. Enter this one-time admin invite code: ${first.invite}  (team "${first.teamName}", expires ${new Date(first.expiresAt).toISOString().slice(0, 10)})`
    : '  3. Enter an invite code: make one with `npm run server -- invite --role member`',
  '',
  'Invite teammates: npm run server -- invite --role member   (or admin, viewer)',
  'Stop with Ctrl+C.',
  '',
];
console.log(lines.join('\n'));
