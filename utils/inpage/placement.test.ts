import { setBody } from './test-dom';
import { describe, expect, it } from 'vitest';
import { chooseSpot, insertionPoint, spotsFor, type Cover } from './placement';

const text = { left: 100, top: 50, width: 120, height: 30 };

describe('badge placement', () => {
  it('puts the badge after the text and what runs on from it, centred on its line', () => {
    expect(spotsFor(text)[0]).toEqual({ side: 'right', x: 224, y: 55 });
    expect(spotsFor(text, 262)[0]).toEqual({ side: 'right', x: 266, y: 55 });
    expect(spotsFor(text).map((s) => s.side)).toEqual(['right', 'above', 'left']);
  });

  it('goes above, then left, never onto a control', () => {
    const spots = spotsFor(text);
    const controlsRight = (x: number, y: number): Cover => (x >= 220 && y >= 50 ? 'control' : 'free');
    expect(chooseSpot(spots, controlsRight)?.side).toBe('above');
    const onlyLeft = (x: number): Cover => (x >= 99 ? 'control' : 'free');
    expect(chooseSpot(spots, onlyLeft)?.side).toBe('left');
  });

  it('settles for covering text over covering a control, and gives up when all are controls', () => {
    const spots = spotsFor(text);
    expect(chooseSpot(spots, (x) => (x > 250 ? 'control' : 'text'))).toEqual(spots[0]);
    expect(chooseSpot(spots, (x, y) => (y < 50 ? 'free' : 'text'))?.side).toBe('above');
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
