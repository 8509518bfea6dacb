import { describe, expect, it } from 'vitest';
import { badgeLabel } from './badge-label';
import { badgeString } from './badge-strings';
import { fromDateInput, safeHref, siteOf, toDateInput } from './format';
import { createHost, hostTagName } from './host';
import { randomTagName } from './isolation';
import { fullName } from './names';
import { popoverPosition } from './popover/position';

describe('in-page helpers', () => {
  it('labels badges in both languages', () => {
    const known = {
      state: 'known' as const,
      mine: false,
      knownBy: [
        { memberId: 'a', name: 'Aiko Kato', initials: 'AK' },
        { memberId: 'b', name: 'Ben Ito', initials: 'BI' },
      ],
    };
    const person = { kind: 'person' as const, name: 'Taro Yamada' };
    expect(badgeLabel('en', person, known)).toBe('Taro Yamada is known by 2 teammates, closest: Aiko Kato');
    expect(badgeLabel('en', person, { ...known, knownBy: known.knownBy.slice(0, 1) })).toBe(
      'Taro Yamada is known by 1 teammate: Aiko Kato',
    );
    expect(badgeLabel('ja', person, { state: 'new', mine: false, knownBy: [] })).toBe(
      'Taro Yamada を Meishi に保存',
    );
    expect(badgeLabel('en', { kind: 'company', name: 'Acme' }, known)).toBe(
      '2 teammates know people at Acme',
    );
    expect(badgeString('ja', 'saved', '山田 太郎')).toBe('山田 太郎 は Meishi に保存済み');
  });

  it('writes names in the order their culture uses', () => {
    expect(
      fullName({ displayName: 'x', givenName: '太郎', familyName: '山田', nameOrder: 'family-first' }),
    ).toBe('山田 太郎');
    expect(
      fullName({ displayName: 'x', givenName: 'Taro', familyName: 'Yamada', nameOrder: 'western' }),
    ).toBe('Taro Yamada');
    expect(fullName({ displayName: 'Madonna' })).toBe('Madonna');
  });

  it('round-trips date inputs at local noon and keeps only safe links', () => {
    const at = fromDateInput('2026-03-12')!;
    expect(toDateInput(at)).toBe('2026-03-12');
    expect(new Date(at).getHours()).toBe(12);
    expect(fromDateInput('12/03/2026')).toBeUndefined();
    expect(siteOf('https://www.linkedin.com/in/x')).toBe('linkedin.com');
    expect(siteOf('not a url')).toBeUndefined();
    expect(safeHref('mailto:a@b.example')).toBe('mailto:a@b.example');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
  });

  it('names hosts randomly, validly and the same way all page long', () => {
    let n = 0;
    const tag = randomTagName(() => ((n += 7) % 26) / 26);
    expect(tag).toMatch(/^[a-z]-[a-z]{8}$/);
    expect(() => document.createElement(tag)).not.toThrow();
    expect(hostTagName()).toBe(hostTagName());
  });

  it('gives every host a closed shadow root and pins its styles inline', () => {
    const { host, root } = createHost(document, { position: 'absolute' }, ':host{all:initial}');
    document.body.append(host);
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(host.attributes.length).toBe(1); // style only: no state, no name for the page to read
    host.remove();
  });

  it('places the popover below the badge, above it near the bottom, always on screen', () => {
    const size = { width: 360, height: 460 };
    const view = { width: 1200, height: 800 };
    expect(popoverPosition({ left: 300, top: 100, right: 320, bottom: 120 }, size, view)).toEqual({
      left: 284,
      top: 128,
    });
    expect(popoverPosition({ left: 300, top: 700, right: 320, bottom: 720 }, size, view)).toEqual({
      left: 284,
      top: 232,
    });
    expect(
      popoverPosition({ left: 1190, top: 10, right: 1200, bottom: 30 }, size, { width: 1200, height: 400 }),
    ).toEqual({
      left: 832,
      top: 8,
    });
  });
});
