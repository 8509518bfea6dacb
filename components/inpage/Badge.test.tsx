import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge } from './Badge';

describe('Badge', () => {
  afterEach(cleanup);

  it('is a labelled button that says it opens a dialog', () => {
    render(
      <Badge
        state="new"
        count={0}
        label="Save Taro Yamada to Meishi"
        expanded={false}
        onActivate={() => undefined}
      />,
    );
    const button = screen.getByRole('button', { name: 'Save Taro Yamada to Meishi' });
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toBe('+');
    expect(button.getAttribute('data-meishi-badge')).toBe('new');
  });

  it('shows the strongest teammate’s initials and how many know them', () => {
    render(
      <Badge state="known" initials="AK" count={3} label="known" expanded onActivate={() => undefined} />,
    );
    const button = screen.getByRole('button');
    expect(button.textContent).toBe('AK3');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.className).toContain('b-known');
  });

  it('shows a check when saved, and caps large counts', () => {
    const { rerender } = render(
      <Badge state="saved" count={0} label="saved" expanded={false} onActivate={() => undefined} />,
    );
    expect(screen.getByRole('button').textContent).toBe('✓');
    rerender(
      <Badge
        state="known"
        initials="加"
        count={250}
        label="known"
        expanded={false}
        onActivate={() => undefined}
      />,
    );
    expect(screen.getByRole('button').textContent).toBe('加99+');
  });

  it('hands the click to its owner, who decides whether to trust it', () => {
    const onActivate = vi.fn();
    render(<Badge state="new" count={0} label="x" expanded={false} onActivate={onActivate} />);
    fireEvent.click(screen.getByRole('button'));
    expect(onActivate).toHaveBeenCalledTimes(1);
    expect((onActivate.mock.calls[0]![0] as Event).isTrusted).toBeFalsy();
  });

  it('lets clicks through when it sits over a page control', () => {
    render(<Badge state="new" count={0} label="x" expanded={false} blocked onActivate={() => undefined} />);
    expect(screen.getByRole('button').className).toContain('blocked');
  });
});
