import { setBody } from './test-dom';
import { describe, expect, it } from 'vitest';
import { chooseSpot, insertionPoint, spotsFor, type Cover } from './placement';

const text = { left: 100, top: 50, width: 120, height: 30 };

describe('badge placement', () => {
  it('puts the badge just after the text, centred on its line', () => {
    const [first] = spotsFor(text);
    expect(first).toEqual({ side: 'right', x: 224, y: 55 });
  });

  it('moves along the line past text, then above, then left, never onto a control', () => {
    const spots = spotsFor(text);
    const textUntil =
      (x0: number) =>
      (x: number): Cover =>
        x < x0 ? 'text' : 'free';
    expect(chooseSpot(spots, textUntil(260))).toEqual({ side: 'right', x: 272, y: 55 });
    const controlsRight = (x: number, y: number): Cover => (x >= 220 && y >= 50 ? 'control' : 'free');
    expect(chooseSpot(spots, controlsRight)?.side).toBe('above');
    const onlyLeft = (x: number): Cover => (x >= 99 ? 'control' : 'free');
    expect(chooseSpot(spots, onlyLeft)?.side).toBe('left');
  });

  it('settles for covering text over covering a control, and gives up when all are controls', () => {
    const spots = spotsFor(text);
    expect(chooseSpot(spots, (x) => (x > 250 ? 'control' : 'text'))).toEqual(spots[0]);
    expect(chooseSpot(spots, () => 'control')).toBeNull();
  });

  it('puts the host after the whole link when the anchor is inside one', () => {
    setBody('<p><a href="/in/x"><span id="n">Name</span></a> · 2nd</p>');
    const anchor = document.getElementById('n')!;
    expect(insertionPoint(anchor).tagName).toBe('A');
    setBody('<h1 id="h">Name</h1>');
    expect(insertionPoint(document.getElementById('h')!).tagName).toBe('H1');
  });
});
