import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts we read without asking: LinkedIn and the webmail sites. Every other site
// is opt-in through optional_host_permissions, asked at the moment of use.
export const STATIC_HOSTS = [
  'https://www.linkedin.com/*',
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Meishi',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // notifications: an intro request waiting for your answer, or an answer to yours.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    host_permissions: STATIC_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // No web page may message the extension: an empty match list closes the door.
    ...(browser === 'firefox' ? {} : { externally_connectable: { matches: [] } }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'meishi@meishi.app', strict_min_version: '128.0' } } }
      : {}),
  }),
});
