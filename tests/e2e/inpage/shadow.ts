import type { CDPSession, Page } from 'puppeteer-core';

/** A node of the DevTools DOM tree (only the fields we read). */
interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

export interface Found {
  backendNodeId: number;
  /** The tag name of the host whose closed root holds it. */
  host: string;
}

/**
 * Test-side access to our closed shadow roots through the DevTools protocol, which sees the whole
 * tree (a page script cannot: that is the point). Each call reads a fresh DOM snapshot.
 */
export class ShadowProbe {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<ShadowProbe> {
    const cdp = await page.createCDPSession();
    await cdp.send('DOM.enable');
    await cdp.send('Runtime.enable');
    return new ShadowProbe(page, cdp);
  }

  /** Shadow roots of hosts with our random tag-name shape, with their hosts' tags and modes. */
  async roots(): Promise<{ root: DomNode; host: string; mode: string }[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const out: { root: DomNode; host: string; mode: string }[] = [];
    const walk = (n: DomNode) => {
      for (const s of n.shadowRoots ?? []) {
        if (/^[a-z]-[a-z]{8}$/.test(n.localName ?? '')) {
          out.push({ root: s, host: n.localName ?? '', mode: s.shadowRootType ?? '' });
        }
        walk(s);
      }
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    return out;
  }

  /** Every element matching `selector` inside our closed roots, in document order. */
  async query(selector: string): Promise<Found[]> {
    const found: Found[] = [];
    for (const { root, host } of await this.roots()) {
      const { nodeIds } = (await this.cdp.send('DOM.querySelectorAll', {
        nodeId: root.nodeId,
        selector,
      })) as {
        nodeIds: number[];
      };
      for (const nodeId of nodeIds) {
        const { node } = (await this.cdp.send('DOM.describeNode', { nodeId })) as { node: DomNode };
        found.push({ backendNodeId: node.backendNodeId, host });
      }
    }
    return found;
  }

  /** Runs `fn` with the element as `this` (in a utility context of the test, not the page's). */
  async call<T>(el: Found, fn: string, ...args: unknown[]): Promise<T> {
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: el.backendNodeId })) as {
      object: { objectId: string };
    };
    const { result, exceptionDetails } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  }

  text(el: Found): Promise<string> {
    return this.call(el, 'function () { return this.innerText ?? this.textContent ?? ""; }');
  }

  attr(el: Found, name: string): Promise<string | null> {
    return this.call(el, 'function (n) { return this.getAttribute(n); }', name);
  }

  /** Whether the element is the focused one (inside its shadow root). */
  isFocused(el: Found): Promise<boolean> {
    return this.call(el, 'function () { return this.getRootNode().activeElement === this; }');
  }

  /** A real (trusted) click in the middle of the element, through the browser's input pipeline. */
  async click(el: Found): Promise<void> {
    await this.call(el, 'function () { this.scrollIntoView({ block: "center", inline: "nearest" }); }');
    const box = await this.call<{ x: number; y: number; w: number; h: number }>(
      el,
      'function () { const r = this.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; }',
    );
    await this.page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
  }

  async rect(el: Found): Promise<{ x: number; y: number; w: number; h: number }> {
    return this.call(
      el,
      'function () { const r = this.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; }',
    );
  }

  /** Waits until `selector` matches at least `count` elements (and `accept` likes them). */
  async waitFor(
    selector: string,
    opts: { count?: number; timeoutMs?: number; accept?: (found: Found[]) => Promise<boolean> } = {},
  ): Promise<Found[]> {
    const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
    let last: Found[] = [];
    while (Date.now() < deadline) {
      last = await this.query(selector);
      if (last.length >= (opts.count ?? 1) && (!opts.accept || (await opts.accept(last)))) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${opts.count ?? 1} × ${selector} (saw ${last.length})`);
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }
}
