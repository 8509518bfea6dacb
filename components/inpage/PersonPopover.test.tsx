import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '@/utils/i18n';
import { PersonPopover } from './PersonPopover';
import { candidate, fakeAsk, knownCard, newCard, NOW, PERSON_ID } from './test-data';

describe('PersonPopover', () => {
  afterEach(() => {
    cleanup();
    setLang('en');
  });

  it('is a labelled dialog that opens a new person on the save preview, then shows the saved card', async () => {
    let card = newCard();
    const { ask, calls } = fakeAsk({
      personCard: () => card,
      tags: { tags: [] },
      savePerson: () => {
        card = {
          ...knownCard(),
          mine: { score: 10, band: 'weak', reasons: [{ kind: 'no-contact' }], how: 'found on linkedin.com' },
        };
        return { personId: PERSON_ID, created: true };
      },
    });
    const onChanged = vi.fn();
    render(
      <PersonPopover
        candidate={candidate()}
        ask={ask}
        now={NOW}
        onClose={() => undefined}
        onChanged={onChanged}
      />,
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-labelledby')).toBe('meishi-title');
    await screen.findByLabelText('How we met');
    expect(document.activeElement?.id).toBe('meishi-name');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(onChanged).toHaveBeenCalled();
    expect(calls.map((c) => c.type)).toContain('savePerson');
    expect(calls.at(-1)).toEqual({ type: 'personCard', data: { personId: PERSON_ID } });
    await screen.findByText('Aiko Kato');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('山田 太郎');
  });

  it('offers the actions on a known person and runs "I know them"', async () => {
    const { ask, calls } = fakeAsk({
      personCard: knownCard(),
      iKnowThem: { relationshipId: 'r', created: true },
    });
    const onChanged = vi.fn();
    render(
      <PersonPopover
        candidate={candidate()}
        ask={ask}
        now={NOW}
        onClose={() => undefined}
        onChanged={onChanged}
      />,
    );
    await screen.findByText('Aiko Kato');
    const actions = [...document.querySelectorAll('[data-action]')].map((b) => b.textContent);
    expect(actions).toEqual([
      'Save',
      'I know them',
      'Log interaction',
      'Add task',
      'Ask for an intro',
      'Open in dashboard',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'I know them' }));
    await screen.findByText('Noted: you know them.');
    expect(calls.find((c) => c.type === 'iKnowThem')?.data).toEqual({ personId: PERSON_ID, metAt: NOW });
    expect(onChanged).toHaveBeenCalled();
  });

  it('opens the dashboard, the forms, and closes', async () => {
    const { ask, calls } = fakeAsk({ personCard: knownCard(), openDashboard: { ok: true } });
    const onClose = vi.fn();
    render(
      <PersonPopover
        candidate={candidate()}
        ask={ask}
        now={NOW}
        onClose={onClose}
        onChanged={() => undefined}
      />,
    );
    await screen.findByText('Aiko Kato');
    fireEvent.click(screen.getByRole('button', { name: 'Open in dashboard' }));
    await waitFor(() =>
      expect(calls.at(-1)).toEqual({ type: 'openDashboard', data: { entity: 'person', id: PERSON_ID } }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add task' }));
    expect(await screen.findByLabelText('Task')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByText('Aiko Kato');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('shows only a glimpse of a signal card: page facts, no save, no teammate details', async () => {
    const card = knownCard();
    card.person = { ...card.person!, access: 'signal', emails: [], phones: [], links: [], title: undefined };
    card.team = [{ kind: 'signal', memberId: 'aiko', name: 'Aiko Kato', initials: 'AK' }];
    const { ask } = fakeAsk({ personCard: card });
    render(
      <PersonPopover
        candidate={candidate({ emails: [] })}
        ask={ask}
        now={NOW}
        onClose={() => undefined}
        onChanged={() => undefined}
      />,
    );
    await screen.findByText('Aiko Kato knows someone by this name at Acme');
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('reports a failed load', async () => {
    const { ask } = fakeAsk({ personCard: new Error('offline') });
    render(
      <PersonPopover
        candidate={candidate()}
        ask={ask}
        now={NOW}
        onClose={() => undefined}
        onChanged={() => undefined}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('offline');
  });

  it('speaks Japanese', async () => {
    setLang('ja');
    const { ask } = fakeAsk({ personCard: knownCard() });
    render(
      <PersonPopover
        candidate={candidate()}
        ask={ask}
        now={NOW}
        onClose={() => undefined}
        onChanged={() => undefined}
      />,
    );
    await screen.findByText('Aiko Kato');
    expect(screen.getByRole('button', { name: '知り合いです' })).toBeTruthy();
    expect(screen.getByText('チームで知っている人')).toBeTruthy();
  });
});
