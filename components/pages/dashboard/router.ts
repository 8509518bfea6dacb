import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '@/utils/i18n';

export interface RouteProps {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
}

/** One row of the dashboard's route table: a hash path pattern ('person/:id'), its view, and its nav entry. */
export interface RouteDef {
  path: string;
  view: ComponentType<RouteProps>;
  /** Shown in the side navigation, in table order, when set. */
  nav?: MessageKey;
  /** Which nav entry is current while this route shows (a person page highlights People). */
  section?: string;
}

export interface Location {
  segments: string[];
  query: URLSearchParams;
}

/** '#/person/abc?tab=x' → segments ['person', 'abc'] and the query. */
export function parseHash(hash: string): Location {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = body.split('?', 2);
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  return { segments, query: new URLSearchParams(search) };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Params of `pattern` ('company/:id') against segments, or null when it does not match. */
export function matchPath(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const seg = segments[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = seg;
    else if (part !== seg) return null;
  }
  return params;
}

export function resolve(
  routes: readonly RouteDef[],
  loc: Location,
): { route: RouteDef; params: Record<string, string> } | null {
  for (const route of routes) {
    const params = matchPath(route.path, loc.segments);
    if (params) return { route, params };
  }
  return null;
}

/** The href of a dashboard path: hrefTo('person', id) → '#/person/<id>'. */
export function hrefTo(...segments: string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`;
}

export function navigate(...segments: string[]): void {
  location.hash = hrefTo(...segments);
}

export function useHashLocation(): Location {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    window.addEventListener('hashchange', onChange);
    // The hash may have moved between the first render and this listener (a quick click, a
    // language switch remounting the page): catch up once.
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return useMemo(() => parseHash(hash), [hash]);
}

let known = new Set<string>();

/** The table's paths, so a view can link to another only when it exists ("Import" before import lands). */
export function setKnownRoutes(routes: readonly RouteDef[]): void {
  known = new Set(routes.map((r) => r.path));
}

export function hasRoute(path: string): boolean {
  return known.has(path);
}
