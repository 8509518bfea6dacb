import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EraseReceiptSchema } from '../../utils/model/sync-api';
import { newId } from '../../utils/model/id';
import { databaseKinds } from './helpers/databases';
import { makeFixture, type Fixture } from './helpers/fixture';
import { patch, person, put } from './helpers/records';

/**
 * A canary person is erased; afterwards no table, no change-log row, no pull and no byte of the
 * database files (SQLite) or of a dump (PostgreSQL) holds their name, email or phone.
 */
const NAME = 'Quillfeather Canaryperson';
const EMAIL = 'quill.canary@canary-example.org';
const PHONE_RAW = '03-9876-5432';
const PHONE_E164 = '+81398765432';
const CANARIES = [
  NAME,
  'Quillfeather',
  'Canaryperson',
  EMAIL,
  'quill.canary',
  '9876-5432',
  PHONE_E164,
  '398765432',
];

function findCanaries(bytes: Buffer): string[] {
  const hits: string[] = [];
  for (const c of CANARIES) {
    if (bytes.includes(Buffer.from(c, 'utf8')) || bytes.includes(Buffer.from(c, 'utf16le'))) hits.push(c);
  }
  return hits;
}

const kinds = databaseKinds();
afterAll(async () => {
  for (const k of kinds) await k.shutdown();
});

describe.each(kinds)('GDPR erase on $name', (kind) => {
  let f: Fixture;
  const canary = newId();
  const bystander = newId();
  const ids = { relationship: newId(), interaction: newId(), task: newId(), intro: newId() };
  let memberCursor = 0;

  beforeAll(async () => {
    if (kind.skip) return;
    f = await makeFixture(kind);
    await f.push(f.a.member, [
      put(
        'person',
        canary,
        person({
          displayName: NAME,
          givenName: 'Quillfeather',
          familyName: 'Canaryperson',
          emails: [{ value: EMAIL }],
          phones: [{ raw: PHONE_RAW, e164: PHONE_E164 }],
          notes: `${NAME} likes tea`,
        }),
      ),
      put('person', bystander, person({ displayName: 'Bystander Person' })),
      put('relationship', ids.relationship, {
        memberId: f.a.member.memberId,
        personId: canary,
        how: `met ${NAME}`,
      }),
      put('interaction', ids.interaction, {
        memberId: f.a.member.memberId,
        personIds: [canary, bystander],
        kind: 'email',
        at: 1_760_000_000_000,
        note: `mailed ${EMAIL}`,
      }),
      put('task', ids.task, { title: `Call ${NAME} on ${PHONE_RAW}`, personId: canary }),
      put('introRequest', ids.intro, {
        requesterId: f.a.member.memberId,
        introducerId: f.a.admin.memberId,
        targetPersonId: canary,
        message: `Please introduce me to ${NAME}`,
      }),
    ]);
    // Many edits, so old values would linger in pages and logs if erase left them behind.
    for (let i = 0; i < 5; i++)
      await f.push(f.a.member, [patch('person', canary, { title: `Title ${i} of ${NAME}` })]);
    const replica = await f.pullAll(f.a.member);
    memberCursor = Math.max(...replica.map((c) => c.version));
    expect(JSON.stringify(replica)).toContain(EMAIL);
    if (kind.name === 'sqlite') {
      // The scan below is meaningful: before the erase, the files do hold the canary.
      const bytes = Buffer.concat(
        [f.db.file!, `${f.db.file!}-wal`].filter(fs.existsSync).map((p) => fs.readFileSync(p)),
      );
      expect(findCanaries(bytes)).toContain(EMAIL);
    }
  });
  afterAll(async () => {
    await f?.close();
  });
  const skip = () => kind.skip !== null;

  it.skipIf(skip())(
    'erases the person and everything pointing at them, with an audited receipt',
    async () => {
      const r = await f.req(f.a.admin.token, 'POST', '/v1/erase', {
        email: 'Quill.Canary@canary-example.org',
      });
      expect(r.status).toBe(200);
      const receipt = EraseReceiptSchema.parse(r.json);
      expect(receipt.personIds).toEqual([canary]);
      expect(receipt.counts).toMatchObject({
        person: 1,
        relationship: 1,
        interaction: 1,
        task: 1,
        introRequest: 1,
      });
      const audit = await f.req(f.a.admin.token, 'GET', '/v1/audit?limit=1000');
      const entry = (audit.json as { entries: { action: string; detail: unknown }[] }).entries.find(
        (e) => e.action === 'erase',
      );
      expect(entry?.detail).toMatchObject({ personIds: [canary], counts: receipt.counts });
      expect(findCanaries(Buffer.from(audit.text))).toEqual([]);
    },
  );

  it.skipIf(skip())('delivers a delete to replicas that held the person', async () => {
    const next = await f.pull(f.a.member, memberCursor, 5000);
    for (const id of [canary, ...Object.values(ids)]) {
      expect(next.changes.find((c) => c.id === id)).toMatchObject({ kind: 'gone', why: 'erased' });
    }
    for (const who of [f.a.admin, f.a.member, f.a.viewer]) {
      expect(findCanaries(Buffer.from(JSON.stringify(await f.pullAll(who))))).toEqual([]);
    }
    const stillThere = (await f.pullAll(f.a.member)).find((c) => c.id === bystander);
    expect(stillThere).toMatchObject({ kind: 'upsert' });
  });

  it.skipIf(skip())('answers an offline replica pushing the same person again "erased"', async () => {
    const res = await f.push(f.a.member, [
      put(
        'person',
        newId(),
        person({ displayName: 'Q. C.', emails: [{ value: 'quill.canary+news@canary-example.org' }] }),
      ),
      put('person', newId(), person({ displayName: 'By phone', phones: [{ raw: '+81 3 9876 5432' }] })),
      put('person', canary, person({ displayName: 'Resurrected' })),
      patch('relationship', ids.relationship, { how: 'again' }),
      put('relationship', newId(), { memberId: f.a.member.memberId, personId: canary }),
    ]);
    expect(res.results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual([
      'erased',
      'erased',
      'erased',
      'erased',
      'erased',
    ]);
  });

  it.skipIf(skip())('leaves no trace in the database files or a dump', async () => {
    if (kind.name === 'sqlite') {
      const file = f.db.file!;
      const backup = path.join(os.tmpdir(), `meishi-gdpr-${process.pid}.db`);
      await f.conn.sqlite!.backup(backup);
      for (const candidate of [file, `${file}-wal`, backup]) {
        if (!fs.existsSync(candidate)) continue;
        expect(findCanaries(fs.readFileSync(candidate)), candidate).toEqual([]);
      }
      const tables = f.conn.sqlite!.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[];
      const dump = tables
        .map((t) => JSON.stringify(f.conn.sqlite!.prepare(`SELECT * FROM "${t.name}"`).all()))
        .join('\n');
      expect(dump).toContain('Bystander Person');
      expect(findCanaries(Buffer.from(dump))).toEqual([]);
      fs.rmSync(backup, { force: true });
    } else {
      const bin = process.env.MEISHI_TEST_PG_BIN ?? findPgBin();
      const url = new URL(f.db.pgAdminUrl!);
      url.pathname = `/${f.db.pgName}`;
      const dump = execFileSync(path.join(bin, 'pg_dump'), ['--data-only', url.toString()], {
        maxBuffer: 1 << 28,
      });
      expect(dump.length).toBeGreaterThan(100);
      expect(dump.includes(Buffer.from('Bystander Person'))).toBe(true);
      expect(findCanaries(dump)).toEqual([]);
    }
  });
});

function findPgBin(): string {
  const versions = fs.readdirSync('/usr/lib/postgresql').sort();
  return `/usr/lib/postgresql/${versions[versions.length - 1]}/bin`;
}
