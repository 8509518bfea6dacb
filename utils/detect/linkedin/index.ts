import type { SiteModule } from '../engine';
import { detectJsonLd } from '../generic/structured';
import type { DetectContext, Draft } from '../types';
import { detectProfileCards } from './cards';
import { companyName, detectCompanyPage } from './company';
import { linkedinPageKind } from './page';
import { detectProfile } from './profile';

const peopleOfCompany = (ctx: DetectContext): Draft[] => detectProfileCards(ctx, companyName(ctx).name);

/** LinkedIn: profile, company page and People tab, search results, "People also viewed", post authors. */
export const linkedinSite: SiteModule = {
  id: 'linkedin',
  matches: (url) => /(^|\.)linkedin\.com$/i.test(url.hostname),
  pageKind: (url) => linkedinPageKind(url),
  detectors(kind) {
    switch (kind) {
      case 'profile':
        return [detectProfile, detectJsonLd, detectProfileCards];
      case 'company':
        return [detectCompanyPage, detectJsonLd, detectProfileCards];
      case 'company-people':
        return [detectCompanyPage, peopleOfCompany];
      default:
        return [detectProfileCards];
    }
  },
  isMain: (d, kind) =>
    d.sources.some(
      (s) => s.source === (kind.startsWith('company') ? 'linkedin-company' : 'linkedin-profile'),
    ),
  expects: {
    profile: ['name', 'title'],
    company: ['name'],
    'company-people': ['name', 'people'],
    search: ['people'],
  },
};
