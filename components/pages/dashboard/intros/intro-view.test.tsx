import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, MeishiDb, setDbForTests } from '@/utils/db';
import { setLang } from '@/utils/i18n';
import { askForIntro } from '@/utils/intro/workflow';
import { parseMailto } from '@/utils/intro/mailto';
import { IntroView } from './intro-view';
import { IntrosView } from './intros-view';

let db: MeishiDb;
const as = (memberId: string) => ({ memberId, region: 'JP' });

async function store(me: string): Promise<{ kenji: string; request: string }> {
  db = new MeishiDb(`test-${Math.random()}`);
  await db.open();
  setDbForTests(db);
  await db.meta.put({ key: 'memberId', value: me });
  await db.meta.put({
    key: 'members',
    value: [
      { id: 'mia', name: 'Mia Sato' },
      { id: 'aiko', name: 'Aiko Kato' },
    ],
  });
  const kenji = await createRecord(
    db,
    'person',
    {
      displayName: 'Kenji Mori',
      givenName: 'Kenji',
      familyName: 'Mori',
      companyName: 'Hayabusa Motors',
      emails: [{ value: 'kenji.mori@hayabusa.example' }],
    },
    as('aiko'),
  );
  const req = await askForIntro(db, as('mia'), {
    introducerId: 'aiko',
    targetPersonId: kenji.id,
    message: 'Hi Aiko,\nCould you introduce me to Kenji Mori?',
  });
  return { kenji: kenji.id, request: req.id };
}

const route = (id: string) => ({ params: { id }, query: new URLSearchParams() });

beforeEach(() => setLang('en'));
afterEach(() => {
  cleanup();
  setDbForTests(undefined);
});

describe('an intro request in the dashboard', () => {
  it('lets the introducer accept, then offers the double opt-in email draft to the target', async () => {
    const { request, kenji } = await store('aiko');
    render(<IntroView {...route(request)} />);
    await screen.findByRole('heading', { name: 'Introduction to Kenji Mori' });
    expect(screen.getByText(/Could you introduce me to Kenji Mori\?/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).toBeNull();
    fireEvent.input(screen.getByLabelText(/Reason or note/), { target: { value: 'Happy to' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    await screen.findByText('Accepted. Mia Sato has a follow-up task.');
    const stored = await db.introRequests.get(request);
    expect(stored).toMatchObject({ status: 'accepted', reason: 'Happy to' });
    const tasks = await db.tasks.where('personId').equals(kenji).toArray();
    expect(tasks).toMatchObject([{ assignee: 'mia', visibility: 'private', done: false }]);
    // The draft to Kenji: asks whether he is happy to be introduced, opens in the mail program.
    const open = (await screen.findByRole('link', { name: 'Open email draft' })) as HTMLAnchorElement;
    const mail = parseMailto(open.getAttribute('href') ?? '');
    expect(mail?.to).toEqual(['kenji.mori@hayabusa.example']);
    expect(mail?.headers.subject).toBe('Introduction to Mia Sato?');
    expect(mail?.headers.body).toContain('Would you be open to an introduction?');
    // Editing the draft changes the link.
    fireEvent.input(screen.getByLabelText('Subject'), { target: { value: 'Mia & Kenji?' } });
    await waitFor(() =>
      expect((screen.getByRole('link', { name: 'Open email draft' }) as HTMLAnchorElement).href).toContain(
        'subject=Mia%20%26%20Kenji%3F',
      ),
    );
    expect(await screen.findByText(/Follow up with Kenji Mori after Aiko Kato's introduction/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark as introduced' })).toBeTruthy();
  });

  it('lets the requester withdraw and shows the timeline both sides see', async () => {
    const { request } = await store('mia');
    render(<IntroView {...route(request)} />);
    await screen.findByRole('heading', { name: 'Introduction to Kenji Mori' });
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    await screen.findByText('Withdrawn.');
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('.intro-steps li')].map((li) => li.getAttribute('data-step')),
      ).toEqual(['asked', 'withdrawn']),
    );
    expect(screen.getByText(/You withdrew/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).toBeNull();
  });

  it('says so when the request is not in this store', async () => {
    await store('mia');
    render(<IntroView {...route('01900000-0000-7000-8000-00000000ffff')} />);
    expect(await screen.findByText('That request is not here')).toBeTruthy();
  });

  it('lists requests asked of me apart from mine', async () => {
    const { request } = await store('aiko');
    render(<IntrosView params={{}} query={new URLSearchParams()} />);
    await screen.findByRole('heading', { name: 'Asked of you' });
    const forMe = document.querySelector('[data-list="intros-for-me"]');
    expect(forMe?.querySelector(`[data-intro="${request}"]`)?.textContent).toContain('Kenji Mori');
    expect(forMe?.textContent).toContain('Waiting');
    expect(screen.getByText('Intro requests waiting for you: 1')).toBeTruthy();
    expect(screen.getByText(/You have not asked for an introduction yet/)).toBeTruthy();
  });
});
