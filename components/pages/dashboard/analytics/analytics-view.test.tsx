import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, MeishiDb, setDbForTests } from '@/utils/db';
import { setLang } from '@/utils/i18n';
import { askForIntro, moveIntro } from '@/utils/intro/workflow';
import { AnalyticsView } from './analytics-view';

const DAY = 86_400_000;
const as = (memberId: string) => ({ memberId, region: 'JP' });
let db: MeishiDb;

beforeEach(async () => {
  setLang('en');
  db = new MeishiDb(`test-${Math.random()}`);
  await db.open();
  setDbForTests(db);
  await db.meta.put({ key: 'memberId', value: 'mia' });
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
    { displayName: 'Kenji Mori', companyName: 'Hayabusa Motors' },
    as('aiko'),
  );
  await createRecord(db, 'relationship', { memberId: 'aiko', personId: kenji.id }, as('aiko'));
  for (const [kind, days] of [
    ['meeting', 1],
    ['email', 2],
    ['call', 9],
  ] as const) {
    await createRecord(
      db,
      'interaction',
      { memberId: 'aiko', personIds: [kenji.id], kind, at: Date.now() - days * DAY },
      as('aiko'),
    );
  }
  const req = await askForIntro(db, as('mia'), {
    introducerId: 'aiko',
    targetPersonId: kenji.id,
    message: 'Hi',
  });
  await moveIntro(db, as('aiko'), req.id, 'accept');
});

afterEach(() => {
  cleanup();
  setDbForTests(undefined);
});

describe('the analytics page', () => {
  it('draws its charts from the records in the store, with the numbers as tables', async () => {
    render(<AnalyticsView params={{}} query={new URLSearchParams()} />);
    await screen.findByRole('figure', { name: 'Contact points per member per week' });
    for (const title of ['New people per week', 'Interactions by kind', 'Introduction requests per week'])
      expect(screen.getByRole('figure', { name: title })).toBeTruthy();
    const points = document.querySelector('[data-chart="points"] table');
    await waitFor(() => expect(points?.querySelector('thead')?.textContent).toContain('Aiko Kato'));
    // Meeting 3 + email 0.5 this week or last, and the call a week before: 4.5 points in all.
    const cells = [...(points?.querySelectorAll('tbody td') ?? [])].map((td) => Number(td.textContent));
    expect(cells.reduce((a, b) => a + b, 0)).toBe(4.5);
    expect(document.querySelector('[data-funnel]')?.textContent).toContain(
      '1 asked · 1 accepted · 0 introduced',
    );
    expect(screen.getByText(/Median time to an answer/)).toBeTruthy();
    const company = document.querySelector('[data-company="Hayabusa Motors"]');
    expect(company?.textContent).toContain('Aiko Kato ↔ Kenji Mori');
  });

  it('changes the period', async () => {
    render(<AnalyticsView params={{}} query={new URLSearchParams()} />);
    await screen.findByRole('figure', { name: 'New people per week' });
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '4' } });
    await waitFor(() =>
      expect(document.querySelectorAll('[data-chart="people"] tbody tr').length).toBeGreaterThanOrEqual(4),
    );
    expect(document.querySelectorAll('[data-chart="people"] tbody tr').length).toBeLessThanOrEqual(5);
  });
});
