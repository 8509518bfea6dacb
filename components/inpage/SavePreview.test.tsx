import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Candidate } from '@/utils/model';
import { draftToCandidate, initialDraft } from './save-draft';
import { SavePreview } from './SavePreview';
import { candidate, fakeAsk, knownCard, newCard, NOW, PERSON_ID } from './test-data';

describe('SavePreview', () => {
  afterEach(cleanup);

  it('pre-fills every detected field, how we met and the defaults, and saves them in one click', async () => {
    const { ask, calls } = fakeAsk({
      tags: { tags: [] },
      savePerson: { personId: PERSON_ID, created: true },
    });
    const onSaved = vi.fn();
    render(
      <SavePreview
        candidate={candidate()}
        card={newCard()}
        ask={ask}
        now={NOW}
        onSaved={onSaved}
        onError={() => undefined}
      />,
    );
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Taro Yamada');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('CTO');
    expect((screen.getByLabelText('How we met') as HTMLInputElement).value).toBe(
      'found on linkedin.com, 2026-11-24',
    );
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('lead');
    expect((screen.getByLabelText('Visible to') as HTMLSelectElement).value).toBe('signal');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(PERSON_ID, true));
    const save = calls.find((c) => c.type === 'savePerson')!.data as Record<string, unknown>;
    expect(save).toMatchObject({
      tags: [],
      status: 'lead',
      visibility: 'signal',
      how: 'found on linkedin.com, 2026-11-24',
    });
    expect(save.mergeInto).toBeUndefined();
    expect((save.candidate as Candidate).sources.every((s) => s.source !== 'manual')).toBe(true);
  });

  it('marks the fields the user edited as typed by hand', async () => {
    const { ask, calls } = fakeAsk({
      tags: { tags: [] },
      savePerson: { personId: PERSON_ID, created: true },
    });
    render(
      <SavePreview
        candidate={candidate()}
        card={newCard()}
        ask={ask}
        now={NOW}
        onSaved={() => undefined}
        onError={() => undefined}
      />,
    );
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Chief Technology Officer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add phones' }));
    fireEvent.input(
      screen.getAllByLabelText('Phones').find((el) => el.tagName === 'INPUT')!,
      {
        target: { value: '+81 3 1234 5678' },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.type === 'savePerson')).toBe(true));
    const sent = (calls.find((c) => c.type === 'savePerson')!.data as { candidate: Candidate }).candidate;
    expect(sent.title).toBe('Chief Technology Officer');
    expect(sent.phones).toEqual(['+81 3 1234 5678']);
    expect(sent.sources).toContainEqual({ field: 'title', source: 'manual' });
    expect(sent.sources).toContainEqual({ field: 'phones', source: 'manual' });
    expect(sent.sources).toContainEqual({ field: 'name', source: 'linkedin-profile' });
  });

  it('says the card already exists and offers to add to it instead of a duplicate', async () => {
    const { ask, calls } = fakeAsk({
      tags: { tags: [] },
      savePerson: { personId: PERSON_ID, created: false },
    });
    render(
      <SavePreview
        candidate={candidate()}
        card={knownCard()}
        ask={ask}
        now={NOW}
        onSaved={() => undefined}
        onError={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('Already saved as 山田 太郎');
    fireEvent.click(screen.getByRole('button', { name: 'Add to the existing card' }));
    await waitFor(() => expect(calls.some((c) => c.type === 'savePerson')).toBe(true));
    expect((calls.find((c) => c.type === 'savePerson')!.data as { mergeInto?: string }).mergeInto).toBe(
      PERSON_ID,
    );
  });

  it('lets a same-name match be saved as a new card', async () => {
    const card = { ...knownCard(), matchedBy: 'soft' as const };
    const { ask, calls } = fakeAsk({
      tags: { tags: [] },
      savePerson: { personId: PERSON_ID, created: true },
    });
    render(
      <SavePreview
        candidate={candidate()}
        card={card}
        ask={ask}
        now={NOW}
        onSaved={() => undefined}
        onError={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('A card for 山田 太郎 at Acme already exists.');
    fireEvent.click(screen.getByLabelText('Save as a new card'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.type === 'savePerson')).toBe(true));
    expect(
      (calls.find((c) => c.type === 'savePerson')!.data as { mergeInto?: string }).mergeInto,
    ).toBeUndefined();
  });

  it('reports a refusal instead of losing it', async () => {
    const { ask } = fakeAsk({ tags: { tags: [] }, savePerson: new Error('invalid savePerson: name') });
    const onError = vi.fn();
    render(
      <SavePreview
        candidate={candidate()}
        card={newCard()}
        ask={ask}
        now={NOW}
        onSaved={() => undefined}
        onError={onError}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onError).toHaveBeenCalledWith('invalid savePerson: name'));
  });
});

describe('save drafts', () => {
  it('drops empty and repeated values and keeps link kinds', () => {
    const c = candidate();
    const d = {
      ...initialDraft(c, newCard(), NOW),
      emails: ['a@x.example', ' a@x.example ', ''],
      links: [...initialDraft(c, newCard(), NOW).links, 'https://github.com/taro'],
    };
    const out = draftToCandidate(c, d);
    expect(out.emails).toEqual(['a@x.example']);
    expect(out.links).toEqual([
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/taro' },
      { kind: 'github', url: 'https://github.com/taro' },
    ]);
  });
});
