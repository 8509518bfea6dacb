import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../utils/model/id';
import type { Change } from '../../utils/model/sync-api';
import { sqliteKind } from './helpers/databases';
import { makeFixture, type Account, type Fixture } from './helpers/fixture';
import { patch, person, put } from './helpers/records';

/**
 * The intro request workflow as the team server enforces it: the same arrows as the extension
 * (utils/intro/transitions), whoever's client sends the mutation, and the follow-up task reaching the
 * requester it is assigned to. The rules are in code, not SQL, so SQLite alone covers them.
 */
const kind = sqliteKind();
let f: Fixture;
let introducer: Account;
let outsider: Account;
let target: string;

const latest = (changes: Change[], id: string) => changes.filter((c) => c.id === id).at(-1);

async function join(role: 'member' | 'admin', name: string): Promise<Account> {
  const inv = await f.req(f.a.admin.token, 'POST', '/v1/invites', { role });
  const r = await f.req(undefined, 'POST', '/v1/join', { invite: (inv.json as { code: string }).code, name });
  const j = r.json as { token: string; deviceId: string; member: { id: string } };
  return { memberId: j.member.id, token: j.token, deviceId: j.deviceId };
}

async function ask(requester: Account = f.a.member): Promise<string> {
  const id = newId();
  const res = await f.push(requester, [
    put('introRequest', id, {
      requesterId: requester.memberId,
      introducerId: introducer.memberId,
      targetPersonId: target,
      message: 'Could you introduce me?',
      status: 'asked',
      history: [{ status: 'asked', at: 1, by: requester.memberId }],
    }),
  ]);
  expect(res.results[0]?.status).toBe('applied');
  return id;
}

async function move(who: Account, id: string, status: string) {
  const res = await f.push(who, [patch('introRequest', id, { status })]);
  return res.results[0];
}

beforeAll(async () => {
  f = await makeFixture(kind);
  introducer = await join('member', 'Aiko');
  outsider = await join('member', 'Ben');
  target = newId();
  await f.push(f.a.admin, [put('person', target, person())]);
});

afterAll(async () => {
  await f?.close();
  await kind.shutdown();
});

describe('intro requests on the team server', () => {
  it('refuses a request made in someone else’s name, to oneself, or not starting as asked', async () => {
    const forged = await f.push(outsider, [
      put('introRequest', newId(), {
        requesterId: f.a.member.memberId,
        introducerId: introducer.memberId,
        targetPersonId: target,
        message: 'x',
      }),
    ]);
    expect(forged.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const self = await f.push(introducer, [
      put('introRequest', newId(), {
        requesterId: introducer.memberId,
        introducerId: introducer.memberId,
        targetPersonId: target,
        message: 'x',
      }),
    ]);
    expect(self.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const preAccepted = await f.push(f.a.member, [
      put('introRequest', newId(), {
        requesterId: f.a.member.memberId,
        introducerId: introducer.memberId,
        targetPersonId: target,
        message: 'x',
        status: 'accepted',
      }),
    ]);
    expect(preAccepted.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
      message: 'a new introduction request starts as asked',
    });
  });

  it('lets only the introducer answer, and only along the arrows', async () => {
    const id = await ask();
    expect(await move(f.a.member, id, 'accepted')).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
      message: 'only the introducer can mark it accepted',
    });
    expect(await move(introducer, id, 'done')).toMatchObject({
      status: 'rejected',
      message: 'a request cannot go from asked to done',
    });
    expect(await move(outsider, id, 'declined')).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect(await move(introducer, id, 'declined')).toMatchObject({ status: 'applied' });
    // Declined is final, even for the introducer changing their mind, and for an admin.
    expect(await move(introducer, id, 'accepted')).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect(await move(f.a.admin, id, 'asked')).toMatchObject({
      status: 'rejected',
      message: 'a request cannot go from declined to asked',
    });
  });

  it('runs asked → accepted → done, with either side closing it', async () => {
    const id = await ask();
    expect(await move(introducer, id, 'accepted')).toMatchObject({ status: 'applied' });
    expect(await move(introducer, id, 'withdrawn')).toMatchObject({ status: 'rejected' });
    expect(await move(f.a.member, id, 'done')).toMatchObject({ status: 'applied' });
    const seen = latest(await f.pullAll(introducer), id);
    expect(seen).toMatchObject({ kind: 'upsert', data: { status: 'done' } });
  });

  it('lets the requester withdraw, and admins act for either side', async () => {
    const a = await ask();
    expect(await move(introducer, a, 'withdrawn')).toMatchObject({
      status: 'rejected',
      message: 'only the requester can withdraw a request',
    });
    expect(await move(f.a.member, a, 'withdrawn')).toMatchObject({ status: 'applied' });
    const b = await ask();
    expect(await move(f.a.admin, b, 'accepted')).toMatchObject({ status: 'applied' });
  });

  it('keeps the parties and the requester’s words out of anyone else’s hands', async () => {
    const id = await ask();
    const swap = await f.push(introducer, [patch('introRequest', id, { introducerId: outsider.memberId })]);
    expect(swap.results[0]).toMatchObject({
      status: 'rejected',
      message: 'introducerId cannot change after asking',
    });
    const words = await f.push(introducer, [patch('introRequest', id, { message: 'I said so' })]);
    expect(words.results[0]).toMatchObject({
      status: 'rejected',
      message: 'only the requester can change the message',
    });
    const edit = await f.push(f.a.member, [patch('introRequest', id, { message: 'Could you, please?' })]);
    expect(edit.results[0]?.status).toBe('applied');
    const reason = await f.push(introducer, [
      patch('introRequest', id, { status: 'declined', reason: 'busy' }),
    ]);
    expect(reason.results[0]?.status).toBe('applied');
  });

  it('shows the introducer’s private follow-up task to the requester it is assigned to, and nobody else', async () => {
    const task = newId();
    const made = await f.push(introducer, [
      put('task', task, {
        title: 'Follow up with Hanako Sato',
        personId: target,
        assignee: f.a.member.memberId,
        visibility: 'private',
      }),
    ]);
    expect(made.results[0]?.status).toBe('applied');
    expect(latest(await f.pullAll(f.a.member), task)).toMatchObject({
      kind: 'upsert',
      projection: 'full',
      data: { title: 'Follow up with Hanako Sato', assignee: f.a.member.memberId },
    });
    expect(latest(await f.pullAll(outsider), task)).toMatchObject({ kind: 'gone', why: 'hidden' });
    // The requester ticks it off.
    const tick = await f.push(f.a.member, [patch('task', task, { done: true })]);
    expect(tick.results[0]?.status).toBe('applied');
    expect(latest(await f.pullAll(introducer), task)).toMatchObject({ data: { done: true } });
  });
});
