import type { SiteModule } from '../engine';
import { nameKey } from '../text';
import { detectContactLinks } from './contact-links';
import { detectHCard } from './hcard';
import { detectSite } from './site';
import { detectSocialLinks } from './social';
import { detectJsonLd, detectMicrodata } from './structured';
import { detectTeam } from './team';
import { detectTextContacts } from './text-contacts';

/** Any web page: structured data first (cheap and precise), then links, repeated cards, and text. */
export const genericSite: SiteModule = {
  id: 'generic',
  matches: () => true,
  pageKind: () => 'page',
  detectors: () => [
    detectJsonLd,
    detectMicrodata,
    detectHCard,
    detectContactLinks,
    detectSocialLinks,
    detectTeam,
    detectTextContacts,
    detectSite,
  ],
  expects: {},
  finish(drafts) {
    // People found on a team page belong to the company that runs the site.
    const site = drafts.find((d) => d.kind === 'company' && d.sources.some((s) => s.source === 'site'));
    if (!site?.name) return drafts;
    for (const d of drafts) {
      if (d.kind === 'person' && !d.company && d.sources.some((s) => s.source === 'team-page')) {
        d.company = site.name;
        d.sources.push({ field: 'company', source: 'site' });
      }
    }
    return drafts.filter(
      (d) => !(d.kind === 'person' && d.name && nameKey(d.name) === nameKey(site.name ?? '')),
    );
  },
};
