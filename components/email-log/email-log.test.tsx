import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setLang } from '@/utils/i18n';
import { getSettings } from '@/utils/settings/settings';
import { fakeAsk, PERSON_ID } from '@/components/inpage/test-data';
import { AutoLogSetting } from './AutoLogSetting';
import { LogEmailAction } from './LogEmailAction';

const AT = new Date(2026, 5, 2, 9, 14).getTime();
const thread = [
  { messageKey: 'gmail:1', at: AT, from: 'kenji@hayabusa.example', to: ['me@acme.example'] },
  { messageKey: 'gmail:2', at: AT + 60_000, from: 'me@acme.example', to: ['aiko@acme.example'] },
];

beforeEach(() => {
  fakeBrowser.reset();
  setLang('en');
});
afterEach(cleanup);

describe('logging an email from the popover', () => {
  it('offers the latest message the person is on, dated from it, and logs it in one click', async () => {
    const { ask, calls } = fakeAsk({ logEmail: { interactionId: 'i1', created: true } });
    const onDone = vi.fn();
    render(
      <LogEmailAction
        personId={PERSON_ID}
        emails={['Kenji@Hayabusa.example']}
        ask={ask}
        onDone={onDone}
        onError={vi.fn()}
        thread={thread}
      />,
    );
    const button = screen.getByRole('button', { name: /^Log this email \(Jun 2, 2026, 9:14/ });
    fireEvent.click(button);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Email logged.'));
    expect(calls).toEqual([
      {
        type: 'logEmail',
        data: { personIds: [PERSON_ID], at: AT, direction: 'inbound', messageKey: 'gmail:1' },
      },
    ]);
  });

  it('offers nothing when the person is not on the open thread', () => {
    const { ask } = fakeAsk({});
    const { container } = render(
      <LogEmailAction
        personId={PERSON_ID}
        emails={['someone@else.example']}
        ask={ask}
        onDone={vi.fn()}
        onError={vi.fn()}
        thread={thread}
      />,
    );
    expect(container.textContent).toBe('');
  });
});

describe('the automatic logging switch', () => {
  it('is off by default and saves the choice', async () => {
    expect((await getSettings()).autoLogEmails).toBe(false);
    render(<AutoLogSetting on={false} onError={vi.fn()} />);
    fireEvent.click(screen.getByLabelText('Log emails with saved people automatically'));
    await waitFor(async () => expect((await getSettings()).autoLogEmails).toBe(true));
  });
});
