import { describe, expect, it } from 'vitest';
import { pageAnchorFor } from './page-anchor';
import { setBody } from './test-dom';

describe('pageAnchorFor', () => {
  it('finds the innermost element that writes the company’s name', () => {
    setBody(
      '<header><a href="/"><span class="logo">ACME  Robotics</span></a></header><h2>About Acme Robotics</h2>',
    );
    expect(pageAnchorFor(document, 'Acme Robotics')?.className).toBe('logo');
  });

  it('finds nothing when the name is not written in a heading or banner', () => {
    setBody('<p>Acme Robotics</p>');
    expect(pageAnchorFor(document, 'Acme Robotics')).toBeNull();
    expect(pageAnchorFor(document, '')).toBeNull();
  });
});
