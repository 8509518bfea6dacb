import { setBody } from '../test-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CandidateSchema } from '@/utils/model';
import { isOurs } from '../ours';
import { createPopover } from './install';

const candidate = CandidateSchema.parse({ kind: 'person', name: 'Taro Yamada', confidence: 0.9 });

function opener(): HTMLButtonElement {
  const button = document.createElement('button');
  document.body.append(button);
  return button;
}

describe('the popover controller', () => {
  afterEach(() => {
    setBody('');
  });

  it('opens one fixed-size closed host, closes on Esc and gives focus back to the badge', () => {
    const api = createPopover(document);
    const badge = opener();
    const closed = vi.fn();
    api.open({
      candidate,
      info: { state: 'new', mine: false, knownBy: [] },
      lang: 'en',
      opener: badge,
      changed: () => undefined,
      closed,
    });
    const hosts = [...document.documentElement.children].filter((c) => isOurs(c)) as HTMLElement[];
    expect(hosts).toHaveLength(1);
    const host = hosts[0]!;
    expect(host.shadowRoot).toBeNull();
    expect(host.style.getPropertyValue('width')).toBe('360px');
    expect(host.style.getPropertyValue('height')).toBe('460px');
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(api.isOpen()).toBe(true);

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(api.isOpen()).toBe(false);
    expect(host.isConnected).toBe(false);
    expect(document.activeElement).toBe(badge);
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it('closes on a click outside, and replaces itself when another badge opens', () => {
    const api = createPopover(document);
    const first = vi.fn();
    const info = { state: 'new' as const, mine: false, knownBy: [] };
    api.open({ candidate, info, lang: 'en', opener: opener(), changed: () => undefined, closed: first });
    api.open({
      candidate,
      info,
      lang: 'ja',
      opener: opener(),
      changed: () => undefined,
      closed: () => undefined,
    });
    expect(first).toHaveBeenCalledTimes(1);
    expect([...document.documentElement.children].filter((c) => isOurs(c))).toHaveLength(1);
    document.body.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    expect(api.isOpen()).toBe(false);
  });
});
