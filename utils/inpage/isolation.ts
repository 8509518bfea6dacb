/**
 * Threat model of the in-page UI
 * ==============================
 * The page is the adversary: its scripts may run before and after ours, walk the DOM, hook
 * prototypes (attachShadow, addEventListener), observe mutations, read innerText, measure
 * elements and message the extension. The assets are teammates' names, notes and evidence
 * ("met at Tokyo Expo"), and even the fact that the team knows the person on screen.
 *
 * 1. Our code runs in the extension's isolated world. Its DOM wrappers and prototypes are its own:
 *    a page that replaces Element.prototype.attachShadow (before or after us) replaces the main
 *    world's copy only, so it never sees the calls we make.
 * 2. Every host (badge or popover) holds a CLOSED shadow root: host.shadowRoot is null, events
 *    are retargeted to the host, innerText/textContent of the page never include our text, and
 *    a page MutationObserver sees only the host element being added.
 * 3. Host tag names are random per page load and carry no attributes, so a page cannot
 *    pre-define a custom element to run its own constructor in them, nor read a state from them.
 *    Host size never depends on what it shows: badges are zero-size (the visible pill overflows
 *    inside the closed root, the same box for every state) and the popover host is one fixed size,
 *    so measuring our elements reveals neither a badge's state nor how many teammates know someone.
 * 4. Teammate data is fetched only on a trusted user action (a real click or key press on the
 *    badge), never at page load; badges carry only a state, a count and initials, and their
 *    accessible names are kept inside the closed root.
 * 5. The popover's code is injected by the background (scripting.executeScript with files), so
 *    there are no web_accessible_resources at all: the extension id cannot be probed by fetching
 *    chrome-extension:// URLs, on LinkedIn or elsewhere. An extension-origin iframe would add a
 *    process boundary but needs web_accessible_resources, which LinkedIn probes.
 * 6. Pages cannot talk to the extension: no externally_connectable matches, no
 *    runtime.onMessageExternal, and content scripts never listen to window.postMessage.
 * 7. All page and server strings are rendered as text (Preact text nodes, textContent); links
 *    are only http:, https:, mailto: and tel:.
 *
 * Known limits, by design of in-page UI rather than of this code:
 *  - What the user types into the popover's fields is dispatched as composed key and input events,
 *    so a page's capture-phase listeners see the keys (never the popover's text or its teammate
 *    data, which are not typed). Notes typed here are as private as anything typed into the page.
 *  - A compromised renderer (a page exploiting the browser) can read the renderer's memory,
 *    shadow roots included; only a separate process (an extension-origin iframe) would stop it,
 *    and that needs web_accessible_resources, traded away above.
 *  - Text the user selects in the popover may show up in the page's getSelection().
 *
 * tests/e2e/inpage-hostile.test.ts loads a script that does all of the above before and after us,
 * and asserts on every byte it collected.
 */

/** Real user actions only: a page can dispatch synthetic events at our hosts, never trusted ones. */
export function isTrusted(event: Event): boolean {
  return event.isTrusted;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A custom-element name no page can predict or pre-define: "x-" plus eight random letters. */
export function randomTagName(random: () => number = Math.random): string {
  let name = '';
  for (let i = 0; i < 8; i++) name += LETTERS[Math.floor(random() * LETTERS.length)] ?? 'x';
  return `${LETTERS[Math.floor(random() * LETTERS.length)] ?? 'm'}-${name}`;
}
