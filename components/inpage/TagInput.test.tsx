import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { TagInput } from './TagInput';
import { fakeAsk } from './test-data';

function Harness(props: { initial?: string[]; onTags?: (t: string[]) => void }) {
  const [tags, setTags] = useState(props.initial ?? []);
  const { ask } = fakeAsk({
    tags: ({ prefix }: { prefix: string }) => ({
      tags: ['expo-2026', 'expat', 'vip'].filter((t) => t.startsWith(prefix)),
    }),
  } as never);
  return (
    <TagInput
      id="t"
      tags={tags}
      ask={ask}
      onChange={(next) => {
        setTags(next);
        props.onTags?.(next);
      }}
    />
  );
}

describe('TagInput', () => {
  afterEach(cleanup);

  it('suggests existing tags as you type and adds the highlighted one', async () => {
    let tags: string[] = [];
    render(<Harness onTags={(t) => (tags = t)} />);
    const input = screen.getByRole('combobox');
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: 'ex' } });
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['expo-2026', 'expat']),
    );
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe('t-list-0');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(tags).toEqual(['expo-2026']);
    expect(document.querySelector('.chip')?.textContent).toBe('expo-2026×');
  });

  it('adds what is typed on Enter or comma, drops duplicates, and removes with the chip button or Backspace', async () => {
    let tags: string[] = [];
    render(<Harness initial={['vip']} onTags={(t) => (tags = t)} />);
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: 'new-tag' } });
    fireEvent.keyDown(input, { key: ',' });
    expect(tags).toEqual(['vip', 'new-tag']);
    fireEvent.input(input, { target: { value: 'vip' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(tags).toEqual(['vip', 'new-tag']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove vip' }));
    expect(tags).toEqual(['new-tag']);
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(tags).toEqual([]);
  });

  it('leaves Enter on an empty field to the form, so it submits', () => {
    render(<Harness />);
    const input = screen.getByRole('combobox');
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    input.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
