import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTeam } from '../../server/db/team-repo';
import { newId } from '../../utils/model/id';
import { PushRequestSchema } from '../../utils/model/sync-api';
import { databaseKinds } from './helpers/databases';
import { makeFixture, type Fixture } from './helpers/fixture';
import { person, put } from './helpers/records';

/**
 * Property: whatever a client sends to /v1/sync/push that is not a valid push gets a 4xx with a
 * message, never a 5xx, and leaves the database exactly as it was.
 */
const kinds = databaseKinds();
afterAll(async () => {
  for (const k of kinds) await k.shutdown();
});

const validPush = () => ({ clientId: 'fuzz', mutations: [put('person', newId(), person())] });

/** A valid push with one part replaced by something arbitrary. */
const corruptedPush = fc
  .tuple(
    fc.constantFrom(
      ['clientId'],
      ['mutations'],
      ['mutations', 0],
      ['mutations', 0, 'id'],
      ['mutations', 0, 'entity'],
      ['mutations', 0, 'entityId'],
      ['mutations', 0, 'op'],
      ['mutations', 0, 'hlc'],
      ['mutations', 0, 'fields'],
      ['mutations', 0, 'fields', 'displayName'],
      ['mutations', 0, 'fields', 'displayName', 'hlc'],
    ),
    fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.anything(), { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.jsonValue()),
      fc.constant(''),
      fc.constant('x'.repeat(100)),
      fc.constant('../../etc'),
      fc.constant('nul\u0000inside'),
      fc.constant({ __proto__: { polluted: true } }),
    ),
  )
  .map(([path, value]) => {
    const body = validPush() as unknown as Record<string, unknown>;
    let node: Record<string | number, unknown> = body;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1]!] = value;
    return JSON.stringify(body);
  });

/** Invalid means: not a push by the shared schema (a corrupted push can happen to stay valid). */
function isValidPush(text: string): boolean {
  try {
    return PushRequestSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

const bodies = fc
  .oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string(),
    corruptedPush,
    fc.constant('{"clientId":"x","mutations":[]}'),
    fc.constant('{"clientId":"x","mutations":' + '['.repeat(200) + ']'.repeat(200) + '}'),
    fc
      .integer({ min: 501, max: 520 })
      .map((n) => JSON.stringify({ clientId: 'x', mutations: Array(n).fill(validPush().mutations[0]) })),
  )
  .filter((text) => !isValidPush(text));

describe.each(kinds)('push fuzzing on $name', (kind) => {
  let f: Fixture;
  beforeAll(async () => {
    if (!kind.skip) f = await makeFixture(kind);
  });
  afterAll(async () => {
    await f?.close();
  });

  async function snapshot() {
    return withTeam(f.conn, f.a.id, async (repo) => ({
      version: await repo.currentVersion(),
      changes: (await repo.pullPage(0, 100_000)).length,
      audit: (await repo.auditLog(undefined, 1))[0]?.seq ?? 0,
    }));
  }

  it.skipIf(kind.skip !== null)('answers invalid pushes 4xx and stores nothing', async () => {
    // Something valid first, so "unchanged" is checked against a non-empty database.
    await f.push(f.a.member, validPush().mutations);
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(bodies, async (text) => {
        const r = await f.req(f.a.member.token, 'POST', '/v1/sync/push', text);
        expect(r.status, text.slice(0, 200)).toBeGreaterThanOrEqual(400);
        expect(r.status, text.slice(0, 200)).toBeLessThan(500);
        expect(r.json).toMatchObject({ error: expect.any(String), message: expect.any(String) });
      }),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it.skipIf(kind.skip !== null)(
    'rejects well-formed mutations with bad field values one by one, storing nothing',
    async () => {
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            displayName: fc.oneof(
              fc.constant(''),
              fc.integer(),
              fc.constant('x'.repeat(300)),
              fc.array(fc.string()),
            ),
            emails: fc.oneof(
              fc.constant('a@b'),
              fc.array(fc.integer(), { minLength: 1 }),
              fc.constant([{ value: 1 }]),
            ),
          }),
          async (values) => {
            const res = await f.push(f.a.member, [put('person', newId(), values)], 'fuzz-values');
            expect(res.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid' });
          },
        ),
        { numRuns: 40 },
      );
      expect(await snapshot()).toEqual(before);
    },
  );
});
