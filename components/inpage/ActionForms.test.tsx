import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IntroForm, LogForm, TaskForm } from './ActionForms';
import { DAY, fakeAsk, knownCard, NOW, PERSON_ID } from './test-data';

const base = (ask: ReturnType<typeof fakeAsk>['ask']) => ({
  personId: PERSON_ID,
  ask,
  now: NOW,
  onDone: vi.fn(),
  onCancel: vi.fn(),
  onError: vi.fn(),
});

describe('the popover’s action forms', () => {
  afterEach(cleanup);

  it('logs a call with its date and place', async () => {
    const { ask, calls } = fakeAsk({ logInteraction: { interactionId: 'x' } });
    const props = base(ask);
    render(<LogForm {...props} />);
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'call' } });
    fireEvent.input(screen.getByLabelText('When'), { target: { value: '2026-11-20' } });
    fireEvent.input(screen.getByLabelText('Where'), { target: { value: 'Osaka office' } });
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Budget in Q1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log interaction' }));
    await waitFor(() => expect(props.onDone).toHaveBeenCalledWith('Logged.'));
    expect(calls[0]).toEqual({
      type: 'logInteraction',
      data: {
        personId: PERSON_ID,
        kind: 'call',
        at: new Date(2026, 10, 20, 12).getTime(),
        where: 'Osaka office',
        note: 'Budget in Q1',
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(props.onCancel).toHaveBeenCalled();
  });

  it('adds a task with a due date', async () => {
    const { ask, calls } = fakeAsk({ addTask: { taskId: 'x' } });
    const props = base(ask);
    render(<TaskForm {...props} />);
    fireEvent.input(screen.getByLabelText('Task'), { target: { value: 'Send the deck' } });
    fireEvent.input(screen.getByLabelText('Due'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add task' }));
    await waitFor(() => expect(props.onDone).toHaveBeenCalledWith('Task added.'));
    expect(calls[0]!.data).toEqual({
      title: 'Send the deck',
      personId: PERSON_ID,
      due: new Date(2026, 11, 1, 12).getTime(),
    });
  });

  it('asks the chosen teammate for an intro with an editable double opt-in message', async () => {
    const { ask, calls } = fakeAsk({ askIntro: { introRequestId: 'x' } });
    const props = base(ask);
    render(<IntroForm {...props} team={knownCard().team} personName="山田 太郎" />);
    const box = screen.getByLabelText('Message') as HTMLTextAreaElement;
    expect(box.value.split('\n')[0]).toBe('Hi Aiko,');
    expect(box.value).toContain('Could you introduce me to 山田 太郎?');
    expect(box.value).toContain('Please check with 山田 太郎 first');
    // Until edited, the greeting follows the chosen introducer.
    fireEvent.change(screen.getByLabelText('Ask'), { target: { value: 'ben' } });
    expect(box.value.split('\n')[0]).toBe('Hi Ben,');
    fireEvent.click(screen.getByRole('button', { name: 'Ask for an intro' }));
    await waitFor(() => expect(props.onDone).toHaveBeenCalledWith('Intro requested from Ben Ito.'));
    expect(calls.at(-1)).toEqual({
      type: 'askIntro',
      data: { personId: PERSON_ID, introducerId: 'ben', message: box.value.trim() },
    });
  });

  it('ranks the introducers by best path with why, and keeps an edited message', async () => {
    const { ask } = fakeAsk({
      introducers: {
        me: { memberId: 'mia', name: 'Mia Sato' },
        target: {
          personId: PERSON_ID,
          displayName: '山田 太郎',
          nameOrder: 'family-first',
          companyName: 'Acme',
        },
        introducers: [
          {
            kind: 'path',
            memberId: 'ben',
            name: 'Ben Ito',
            degree: 2,
            viaName: 'Hanako Ito',
            score: 40,
            band: 'medium',
            happyToIntroduce: true,
            reasons: [
              {
                kind: 'knows-colleague',
                personId: PERSON_ID,
                personName: 'Hanako Ito',
                score: 52,
                band: 'medium',
                strength: [
                  { kind: 'contact', interaction: 'meeting', count: 2, last: NOW - 3 * DAY, points: 5 },
                ],
              },
              { kind: 'happy-to-introduce' },
              { kind: 'no-intro-history' },
            ],
          },
          { kind: 'known', memberId: 'aiko', name: 'Aiko Kato', how: 'found on linkedin.com' },
        ],
        open: [{ introRequestId: 'r1', introducerId: 'aiko', status: 'asked' }],
      },
    });
    render(<IntroForm {...base(ask)} team={knownCard().team} personName="山田 太郎" />);
    await waitFor(() => expect((screen.getByLabelText('Ask') as HTMLSelectElement).value).toBe('ben'));
    const options = [...(screen.getByLabelText('Ask') as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toEqual(['Ben Ito · medium', 'Aiko Kato']);
    const why = screen.getByRole('list', { name: 'Why Ben Ito' }).textContent ?? '';
    expect(why).toContain(
      'knows Hanako Ito at the same company, medium (52): met in person twice, last 3 days ago',
    );
    expect(why).toContain('happy to introduce');
    const box = screen.getByLabelText('Message') as HTMLTextAreaElement;
    expect(box.value).toContain('Could you introduce me to 山田 太郎 at Acme?');
    expect(box.value.endsWith('Mia Sato')).toBe(true);
    fireEvent.input(box, { target: { value: 'My own words' } });
    fireEvent.change(screen.getByLabelText('Ask'), { target: { value: 'aiko' } });
    expect(box.value).toBe('My own words');
    expect(screen.getByText('You asked Aiko Kato: Waiting')).toBeTruthy();
    expect(screen.getByText('knows them; no contact logged yet')).toBeTruthy();
  });

  it('says so when nobody can introduce, and reports refusals', async () => {
    const { ask } = fakeAsk({ addTask: new Error('That person is not saved.') });
    const props = base(ask);
    const { unmount } = render(<IntroForm {...props} team={[]} personName="x" />);
    expect(screen.getByText('No teammate is known to know them.')).toBeTruthy();
    unmount();
    render(<TaskForm {...props} />);
    fireEvent.input(screen.getByLabelText('Task'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add task' }));
    await waitFor(() => expect(props.onError).toHaveBeenCalledWith('That person is not saved.'));
  });
});
