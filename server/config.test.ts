import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('defaults to SQLite on 127.0.0.1:8787', () => {
    const r = loadConfig({});
    expect(r).toMatchObject({
      ok: true,
      config: {
        host: '127.0.0.1',
        port: 8787,
        databaseUrl: './data/meishi.db',
        logLevel: 'info',
        trashDays: 30,
      },
    });
  });

  it('reads the environment and lets flags win', () => {
    const r = loadConfig(
      { PORT: '9000', DATABASE_URL: 'postgres://x@h/db', LOG_LEVEL: 'warn' },
      { port: '9100' },
    );
    expect(r).toMatchObject({
      ok: true,
      config: { port: 9100, databaseUrl: 'postgres://x@h/db', logLevel: 'warn' },
    });
  });

  it('names the variable and the flag of a bad value', () => {
    const r = loadConfig({ PORT: 'eighty', PUBLIC_URL: 'ftp://x' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/PORT \/ --port/);
    expect(!r.ok && r.message).toMatch(/PUBLIC_URL/);
  });
});
