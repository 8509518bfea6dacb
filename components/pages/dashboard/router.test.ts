import { describe, expect, it } from 'vitest';
import { hrefTo, matchPath, parseHash, resolve, type RouteDef } from './router';

const View = () => null;
const routes: RouteDef[] = [
  { path: 'people', view: View, nav: 'dash_nav_people' },
  { path: 'person/new', view: View },
  { path: 'person/:id', view: View, section: 'people' },
  { path: 'person/:id/data', view: View },
];

describe('the hash router', () => {
  it('parses paths and queries', () => {
    expect(parseHash('#/person/abc?tab=x')).toEqual({
      segments: ['person', 'abc'],
      query: new URLSearchParams('tab=x'),
    });
    expect(parseHash('').segments).toEqual([]);
    expect(parseHash('#/tag/%E5%96%B6%E6%A5%AD').segments).toEqual(['tag', '営業']);
    expect(parseHash('#/bad/%E0%A4%A').segments).toEqual(['bad', '%E0%A4%A']);
  });

  it('matches in table order with params', () => {
    expect(matchPath('person/:id', ['person', 'x1'])).toEqual({ id: 'x1' });
    expect(matchPath('person/:id', ['person'])).toBeNull();
    expect(resolve(routes, parseHash('#/person/new'))?.route.path).toBe('person/new');
    expect(resolve(routes, parseHash('#/person/42/data'))?.params).toEqual({ id: '42' });
    expect(resolve(routes, parseHash('#/nowhere'))).toBeNull();
  });

  it('builds hrefs that round-trip', () => {
    const href = hrefTo('person', 'a b/c');
    expect(href).toBe('#/person/a%20b%2Fc');
    expect(parseHash(href).segments).toEqual(['person', 'a b/c']);
  });
});
