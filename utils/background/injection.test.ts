import { describe, expect, it } from 'vitest';
import { optionalOrigins } from './injection';

describe('the on-demand scan registration', () => {
  it('runs on the sites the user granted, never on the ones the manifest already covers', () => {
    const staticHosts = ['https://www.linkedin.com/*', 'https://mail.google.com/*'];
    const granted = [
      'https://www.linkedin.com/*',
      'https://acme.example/*',
      'https://acme.example/*',
      'http://intranet.local/*',
    ];
    expect(optionalOrigins(granted, staticHosts)).toEqual([
      'http://intranet.local/*',
      'https://acme.example/*',
    ]);
    expect(optionalOrigins(['chrome://extensions/*'], staticHosts)).toEqual([]);
  });
});
