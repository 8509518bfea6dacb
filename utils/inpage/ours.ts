/**
 * Nodes we added to the page (badge and popover hosts). Kept on the isolated world's global so the
 * always-loaded script and the popover script, two separate bundles, share one set; the page's own
 * scripts live in another world and cannot see it.
 */
type OursGlobal = typeof globalThis & { __meishiOurs?: WeakSet<Node> };

function set(): WeakSet<Node> {
  const g = globalThis as OursGlobal;
  g.__meishiOurs ??= new WeakSet();
  return g.__meishiOurs;
}

export function markOurs(node: Node): void {
  set().add(node);
}

export function isOurs(node: Node): boolean {
  return set().has(node);
}
