import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IntroForm, LogForm, TaskForm } from './ActionForms';
import { fakeAsk, knownCard, NOW, PERSON_ID } from './test-data';

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

  it('asks the chosen teammate for an intro with an editable message', async () => {
    const { ask, calls } = fakeAsk({ askIntro: { introRequestId: 'x' } });
    const props = base(ask);
    render(<IntroForm {...props} team={knownCard().team} personName="山田 太郎" />);
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe(
      'Could you introduce me to 山田 太郎?',
    );
    fireEvent.change(screen.getByLabelText('Ask'), { target: { value: 'ben' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ask for an intro' }));
    await waitFor(() => expect(props.onDone).toHaveBeenCalledWith('Intro requested from Ben Ito.'));
    expect(calls[0]!.data).toEqual({
      personId: PERSON_ID,
      introducerId: 'ben',
      message: 'Could you introduce me to 山田 太郎?',
    });
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
