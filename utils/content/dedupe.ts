import type { DetectedCandidate } from '../model';

/** Remembers what was already reported on this page, so an added subtree reports only what is new. */
export function createSeen(): (c: DetectedCandidate) => boolean {
  const byAnchor = new WeakMap<Element, Set<string>>();
  const loose = new Set<string>();
  return (c) => {
    const key = [c.kind, c.name, c.title ?? '', c.emails.join(','), c.links.map((l) => l.url).join(',')].join(
      '|',
    );
    if (c.anchor) {
      let set = byAnchor.get(c.anchor);
      if (!set) byAnchor.set(c.anchor, (set = new Set()));
      if (set.has(key)) return false;
      set.add(key);
      return true;
    }
    if (loose.has(key)) return false;
    loose.add(key);
    return true;
  };
}
