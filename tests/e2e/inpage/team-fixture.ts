import {
  companyHtml,
  people,
  profileHtml,
  searchHtml,
  type FixturePerson,
} from '../../fixtures/inpage/linkedin';
import type { FixtureServer } from '../harness/fixture-server';
import { Teammate, type TeamServer } from './team';

const DAY = 86_400_000;

export const RESULTS = people(25);
export const KENJI = RESULTS[0]!;
export const WEI = RESULTS[4]!;
export const OMAR = RESULTS[10]!;
export const YAMADA: FixturePerson = {
  slug: 'taro-yamada-jp',
  name: '山田 太郎',
  headline: '営業部長 at 株式会社サンプル',
  company: '株式会社サンプル',
  location: '東京都',
};
export const ACME = {
  slug: 'acme-robotics',
  name: 'Acme Robotics',
  tagline: 'Robots for every factory',
  website: 'https://acme.example/',
};

/** What only the popover may show: a hostile page must never obtain any of it. */
export const SECRETS = {
  teammates: ['Aiko Kato', 'Ben Ito', 'Chie Mori'],
  evidence: ['Tokyo Expo', 'Tokyo Expo booth', '4 emails'],
  hidden: ['golf with his boss', 'confidential merger talk', 'Karuizawa'],
};

export function routeTeamPages(server: FixtureServer): void {
  server.route('www.linkedin.com/search/results/people/', { html: searchHtml(RESULTS) });
  server.route(`www.linkedin.com/in/${KENJI.slug}/`, { html: profileHtml(KENJI) });
  server.route(`www.linkedin.com/in/${YAMADA.slug}/`, { html: profileHtml(YAMADA) });
  server.route(`www.linkedin.com/company/${ACME.slug}/`, { html: companyHtml(ACME) });
}

const linkedin = (slug: string) => [
  { kind: 'linkedin' as const, url: `https://www.linkedin.com/in/${slug}/` },
];

/**
 * Three teammates write what they know and push it to the team server: Aiko met Kenji at Tokyo Expo
 * and emails him; Ben knows him but shares only that (signal); Chie's tie is private. Aiko and Ben
 * also know people at Acme Robotics, and Aiko knows 山田 太郎.
 */
export async function seedTeam(team: TeamServer): Promise<{ aiko: Teammate; kenjiId: string }> {
  const now = Date.now();
  const aiko = await Teammate.join(team, 'Aiko Kato');
  const ben = await Teammate.join(team, 'Ben Ito');
  const chie = await Teammate.join(team, 'Chie Mori');
  const kenjiId = await aiko.knows(
    {
      displayName: KENJI.name,
      givenName: 'Kenji',
      familyName: 'Mori',
      companyName: KENJI.company,
      title: 'Engineering Manager',
      links: linkedin(KENJI.slug),
    },
    {
      how: 'Tokyo Expo booth',
      where: 'Tokyo Expo',
      metAt: now - 200 * DAY,
      interactions: [14, 30, 45, 60].map((d) => ({ kind: 'email' as const, at: now - d * DAY })),
    },
  );
  await aiko.knows(
    {
      displayName: WEI.name,
      givenName: 'Wei',
      familyName: 'Chen',
      companyName: WEI.company,
      title: 'Engineering Manager',
      links: linkedin(WEI.slug),
    },
    {
      how: 'customer since 2024',
      interactions: [
        { kind: 'meeting', at: now - 10 * DAY },
        { kind: 'call', at: now - 20 * DAY },
      ],
    },
  );
  await aiko.knows(
    {
      displayName: YAMADA.name,
      familyName: '山田',
      givenName: '太郎',
      nameOrder: 'family-first',
      companyName: YAMADA.company,
      links: linkedin(YAMADA.slug),
    },
    {
      how: '展示会で名刺交換',
      where: '東京ビッグサイト',
      metAt: now - 90 * DAY,
      interactions: [{ kind: 'meeting', at: now - 7 * DAY }],
    },
  );
  await aiko.sync();
  await ben.sync();
  await ben.tie(kenjiId, { visibility: 'signal', how: 'golf with his boss', where: 'Karuizawa' });
  await ben.knows(
    {
      displayName: OMAR.name,
      givenName: 'Omar',
      familyName: 'Kowalski',
      companyName: OMAR.company,
      links: linkedin(OMAR.slug),
    },
    { how: 'former colleague', interactions: [{ kind: 'message', at: now - 100 * DAY }] },
  );
  await ben.sync();
  await chie.sync();
  await chie.tie(kenjiId, {
    visibility: 'private',
    how: 'confidential merger talk',
    interactions: [{ kind: 'meeting', at: now - 3 * DAY, note: 'confidential merger talk' }],
  });
  await chie.sync();
  return { aiko, kenjiId };
}
