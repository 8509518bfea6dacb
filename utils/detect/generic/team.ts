import { addEmail, addLink, newDraft, setPhoto, setText } from '../draft';
import { looksLikePersonName } from '../names';
import { cleanLines, visibleText } from '../text';
import type { DetectContext, Draft } from '../types';
import { profileUrl, safeHttpUrl } from '../urls';

/**
 * Team and about pages: a parent whose children repeat the same structure (same tag and class list),
 * most of which read "name, then title", usually with a photo. No theme is assumed: the repetition is the signal.
 */

const MIN_CARDS = 3;
const MAX_PARENTS = 3000;

function signature(el: Element): string {
  return `${el.tagName}|${(el.getAttribute('class') ?? '').split(/\s+/).sort().join('.')}`;
}

interface Card {
  name: string;
  title?: string;
  nameLine: number;
}

function readCard(el: Element): Card | undefined {
  const text = visibleText(el, 1200);
  if (text.length > 1000) return undefined;
  const lines = cleanLines(text, 12, 120);
  const i = lines.findIndex(looksLikePersonName);
  if (i < 0 || i > 2) return undefined;
  const next = lines[i + 1];
  const title = next && next.length <= 80 && !/[@]|\d{4,}/.test(next) ? next : undefined;
  return { name: lines[i]!, title, nameLine: i };
}

export function detectTeam(ctx: DetectContext): Draft[] {
  const drafts: Draft[] = [];
  const parents = ctx.root.querySelectorAll('ul, ol, div, section, tbody');
  let n = 0;
  for (const parent of Array.from(parents)) {
    if (++n > MAX_PARENTS || ctx.budget.expired()) break;
    const kids = parent.children;
    if (kids.length < MIN_CARDS || kids.length > 200) continue;
    const groups = new Map<string, Element[]>();
    for (const k of Array.from(kids)) {
      const sig = signature(k);
      const g = groups.get(sig);
      if (g) g.push(k);
      else groups.set(sig, [k]);
    }
    for (const group of groups.values()) {
      if (group.length < MIN_CARDS) continue;
      const cards = group.map(readCard);
      const good = cards.filter((c): c is Card => !!c);
      const withTitle = good.filter((c) => c.title).length;
      // Most cards must read as people, and most of those carry a title: a nav list of names is not a team.
      if (good.length < Math.max(MIN_CARDS, group.length * 0.6) || withTitle < good.length * 0.6) continue;
      group.forEach((el, i) => {
        const card = cards[i];
        if (!card) return;
        const d = newDraft('person', 0.55, el.querySelector('h1, h2, h3, h4, h5, strong') ?? el);
        setText(d, 'name', card.name, 'team-page');
        setText(d, 'title', card.title, 'team-page');
        const img = el.querySelector('img[src]');
        setPhoto(d, img?.getAttribute('src'), ctx.base, 'team-page');
        for (const a of Array.from(el.querySelectorAll('a[href]')).slice(0, 10)) {
          const href = a.getAttribute('href') ?? '';
          if (/^mailto:/i.test(href)) addEmail(d, href, 'team-page');
          const url = safeHttpUrl(href, ctx.base);
          const p = url ? profileUrl(url) : undefined;
          if (p && !p.company) addLink(d, p.url, ctx.base, 'team-page', p.kind);
        }
        drafts.push(d);
      });
    }
  }
  return drafts;
}
