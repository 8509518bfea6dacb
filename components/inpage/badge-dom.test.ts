import { fireEvent, getByRole } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderBadge } from './badge-dom';

const base = { count: 0, expanded: false, onActivate: () => undefined };

describe('renderBadge', () => {
  afterEach(() => document.body.replaceChildren());

  it('is a labelled button that says it opens a dialog', () => {
    renderBadge(document.body, { ...base, state: 'new', label: 'Save Taro Yamada to Meishi' });
    const button = getByRole(document.body, 'button', { name: 'Save Taro Yamada to Meishi' });
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('title')).toBe('Save Taro Yamada to Meishi');
    expect(button.textContent).toBe('+');
    expect(button.getAttribute('data-meishi-badge')).toBe('new');
  });

  it('shows the strongest teammate’s initials and how many know them, capped', () => {
    renderBadge(document.body, {
      ...base,
      state: 'known',
      initials: 'AK',
      count: 3,
      label: 'k',
      expanded: true,
    });
    const button = getByRole(document.body, 'button');
    expect(button.textContent).toBe('AK3');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.className).toBe('b b-known');
    renderBadge(document.body, { ...base, state: 'known', initials: '加', count: 250, label: 'k' });
    expect(button.textContent).toBe('加99+');
  });

  it('updates the same button in place, so focus stays on it', () => {
    const first = renderBadge(document.body, { ...base, state: 'new', label: 'new' });
    first.focus();
    const second = renderBadge(document.body, { ...base, state: 'saved', label: 'saved', blocked: true });
    expect(second).toBe(first);
    expect(document.activeElement).toBe(first);
    expect(first.textContent).toBe('✓');
    expect(first.className).toBe('b b-saved blocked');
    expect(document.body.querySelectorAll('button')).toHaveLength(1);
  });

  it('hands clicks to the latest owner, who decides whether to trust them', () => {
    const first = vi.fn();
    const second = vi.fn();
    renderBadge(document.body, { ...base, state: 'new', label: 'x', onActivate: first });
    renderBadge(document.body, { ...base, state: 'new', label: 'x', onActivate: second });
    fireEvent.click(getByRole(document.body, 'button'));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect((second.mock.calls[0]![0] as Event).isTrusted).toBeFalsy();
  });

  it('writes page and team strings as text, never as markup', () => {
    renderBadge(document.body, {
      ...base,
      state: 'known',
      initials: '<b>',
      count: 1,
      label: '<img src=x onerror=alert(1)>',
    });
    expect(document.querySelector('img, b')).toBeNull();
    expect(getByRole(document.body, 'button').getAttribute('aria-label')).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});
