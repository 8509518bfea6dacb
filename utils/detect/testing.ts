import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';

/**
 * Test-only helpers: parse HTML into a document with no network, no script and no CSS loading, in either
 * DOM engine, so fixtures run the same detectors that run on a live page.
 */

export type Engine = 'happy-dom' | 'linkedom';

export function parseDocument(
  html: string,
  engine: Engine = 'happy-dom',
  url = 'https://example.com/',
): Document {
  if (engine === 'linkedom') return parseHTML(html).document as unknown as Document;
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

export const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures');

export function fixture(rel: string): string {
  return readFileSync(path.join(FIXTURES, rel), 'utf8');
}
