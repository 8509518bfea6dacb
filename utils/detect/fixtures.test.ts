import { describe, expect, it } from 'vitest';
import { CandidateSchema, type DetectedCandidate } from '../model';
import { detectPage } from './index';
import { fixture, parseDocument, type Engine } from './testing';

/** Every fixture page, in both DOM engines: the candidates a user should see, field by field. */

function run(file: string, url: string, engine: Engine, region: 'JP' | 'US' = 'US') {
  const doc = parseDocument(fixture(file), engine, url);
  return detectPage(doc, new URL(url), { region, budgetMs: 5000 });
}

function byName(cands: DetectedCandidate[], name: string): DetectedCandidate {
  const c = cands.find((x) => x.name === name);
  if (!c) throw new Error(`no candidate named ${name}; got ${cands.map((x) => x.name).join(', ')}`);
  return c;
}

const sources = (c: DetectedCandidate): string[] => [...new Set(c.sources.map((s) => s.source))].sort();

describe.each(['happy-dom', 'linkedom'] as Engine[])('fixtures in %s', (engine) => {
  it('every candidate is valid against the model schema and has a name', () => {
    const pages: [string, string][] = [
      ['linkedin/profile.html', 'https://www.linkedin.com/in/aiko-tanaka-4a1b2c/'],
      ['webmail/gmail-thread.html', 'https://mail.google.com/mail/u/0/#inbox/abc'],
      ['detect/contacts.html', 'https://www.sample-shoji.co.jp/contact'],
      ['detect/jsonld.html', 'https://fjord-maritime.example/about'],
    ];
    for (const [file, url] of pages) {
      for (const c of run(file, url, engine).candidates) {
        const { anchor: _a, ...plain } = c;
        expect(CandidateSchema.safeParse(plain).success, `${file}: ${c.name}`).toBe(true);
        expect(c.name.length).toBeGreaterThan(0);
      }
    }
  });

  describe('LinkedIn', () => {
    it('profile: name, headline, current company, location, photo; page kind and health fields', () => {
      const r = run('linkedin/profile.html', 'https://www.linkedin.com/in/aiko-tanaka-4a1b2c/', engine);
      expect(r.page).toMatchObject({
        site: 'linkedin',
        kind: 'profile',
        expected: { name: true, title: true },
      });
      const aiko = byName(r.candidates, 'Aiko Tanaka');
      expect(aiko).toMatchObject({
        kind: 'person',
        title: 'Head of Partnerships at Kestrel Robotics | Building the robot supply chain in APAC',
        company: 'Kestrel Robotics',
        location: 'Osaka, Osaka, Japan',
        photoUrl: 'https://media.licdn.com/dms/image/v2/aiko-200.jpg',
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/aiko-tanaka-4a1b2c/' }],
      });
      expect(aiko.anchor?.tagName).toBe('A');
      expect(aiko.confidence).toBeGreaterThanOrEqual(0.9);
      // "People also viewed", and not the signed-in member from the nav bar.
      expect(byName(r.candidates, 'Kenji Mori')).toMatchObject({
        title: 'Supply Chain Director at Hayabusa Motors',
        company: 'Hayabusa Motors',
      });
      expect(byName(r.candidates, 'Sofía Álvarez').title).toBe('Robotics Engineer | ROS, motion planning');
      expect(r.candidates.map((c) => c.name)).not.toContain('Me Myself');
      expect(r.candidates).toHaveLength(3);
    });

    it('profile after in-app navigation: a stale title does not name the new profile', () => {
      const html = fixture('linkedin/profile.html').replace(
        '<title>(3) Aiko Tanaka | LinkedIn</title>',
        '<title>Kenji Mori | LinkedIn</title>',
      );
      const doc = parseDocument(html, engine);
      const r = detectPage(doc, new URL('https://www.linkedin.com/in/aiko-tanaka-4a1b2c/'));
      expect(r.candidates[0]?.name).toBe('Aiko Tanaka');
    });

    it('profile found by structure when every class name changed', () => {
      const html = fixture('linkedin/profile.html').replace(/class="[^"]*"/g, 'class="x9f3k"');
      const r = detectPage(
        parseDocument(html, engine),
        new URL('https://www.linkedin.com/in/aiko-tanaka-4a1b2c/'),
      );
      const aiko = byName(r.candidates, 'Aiko Tanaka');
      expect(aiko.title).toMatch(/^Head of Partnerships/);
      expect(aiko.company).toBe('Kestrel Robotics');
      expect(aiko.location).toBe('Osaka, Osaka, Japan');
      expect(byName(r.candidates, 'Kenji Mori').company).toBe('Hayabusa Motors');
    });

    it('company page: name, website, logo, and the employee card', () => {
      const r = run('linkedin/company.html', 'https://www.linkedin.com/company/kestrel-robotics/', engine);
      expect(r.page).toMatchObject({ kind: 'company', expected: { name: true } });
      const co = byName(r.candidates, 'Kestrel Robotics');
      expect(co.kind).toBe('company');
      expect(co.links).toEqual([
        { kind: 'linkedin', url: 'https://www.linkedin.com/company/kestrel-robotics/' },
        { kind: 'website', url: 'https://www.kestrel-robotics.example/' },
      ]);
      expect(co.photoUrl).toBe('https://media.licdn.com/dms/image/kestrel-logo-200.png');
      expect(byName(r.candidates, 'Aiko Tanaka').title).toBe('Head of Partnerships at Kestrel Robotics');
    });

    it('company People tab (Japanese UI): people carry the company; "LinkedIn Member" is skipped', () => {
      const r = run(
        'linkedin/company-people.html',
        'https://www.linkedin.com/company/kestrel-robotics/people/',
        engine,
      );
      expect(r.page).toMatchObject({ kind: 'company-people', expected: { name: true, people: true } });
      expect(byName(r.candidates, '佐藤 弘')).toMatchObject({
        title: '製造部 部長',
        company: 'Kestrel Robotics',
      });
      expect(byName(r.candidates, 'Emily Chen')).toMatchObject({
        title: 'Senior Firmware Engineer',
        company: 'Kestrel Robotics',
      });
      expect(r.candidates.map((c) => c.name)).not.toContain('LinkedIn Member');
    });

    it('search results: name, headline, company from the headline, location', () => {
      const r = run(
        'linkedin/search-people.html',
        'https://www.linkedin.com/search/results/people/?keywords=robotics',
        engine,
      );
      expect(r.page.kind).toBe('search');
      expect(r.candidates.map((c) => c.name)).toEqual(['Kenji Mori', 'Priya Nair', 'Marc Dubois']);
      expect(byName(r.candidates, 'Priya Nair')).toMatchObject({
        title: 'Machine Learning Lead @ Orbital Vision',
        company: 'Orbital Vision',
        location: 'Bengaluru, Karnataka, India',
        photoUrl: 'https://media.licdn.com/dms/image/priya.jpg',
      });
      expect(sources(byName(r.candidates, 'Kenji Mori'))).toEqual(['linkedin-search']);
    });

    it('post authors in the feed', () => {
      const r = run('linkedin/feed.html', 'https://www.linkedin.com/feed/', engine);
      expect(byName(r.candidates, 'Sofía Álvarez').title).toBe('Robotics Engineer | ROS, motion planning');
      expect(byName(r.candidates, 'Tom Becker')).toMatchObject({
        title: 'VP Operations at Nordwerk GmbH',
        company: 'Nordwerk GmbH',
      });
      expect(r.candidates).toHaveLength(2);
    });
  });

  describe('webmail', () => {
    it('Gmail: sender, recipients and cc from email attributes; English and Japanese signatures; never the body', () => {
      const r = run(
        'webmail/gmail-thread.html',
        'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
        engine,
        'JP',
      );
      expect(r.page).toMatchObject({ site: 'gmail', kind: 'thread' });
      const alice = byName(r.candidates, 'Alice Walker');
      expect(alice).toMatchObject({
        title: 'Director of Operations',
        company: 'Northwind Traders Ltd.',
        emails: ['alice.walker@northwind.example'],
        phones: ['+1 415 555 0142'],
        location: '500 Howard Street, San Francisco, CA 94105',
      });
      expect(alice.links).toEqual([{ kind: 'website', url: 'https://www.northwind.example/' }]);
      expect(sources(alice)).toEqual(['email-header', 'signature']);
      // The body's own numbers and the quoted signature are not read.
      expect(r.candidates.flatMap((c) => c.phones)).not.toContain('090-0000-1111');
      expect(r.candidates.flatMap((c) => c.phones)).not.toContain('03-9999-9999');
      const yamada = byName(r.candidates, '山田 太郎');
      expect(yamada).toMatchObject({
        title: '営業部 部長',
        company: '株式会社サンプル',
        phones: ['03-1234-5678', '090-1234-5678'],
        emails: ['t.yamada@sample-corp.example.jp'],
        location: '〒100-0005 東京都千代田区丸の内1-1-1',
      });
      expect(byName(r.candidates, 'Daniel Okafor').emails).toEqual(['daniel.okafor@northwind.example']);
      expect(byName(r.candidates, 'Grace Lin').emails).toEqual(['grace.lin@harbor-freight.example']);
      // The signed-in account ("me", named in the title) is not a contact.
      expect(r.candidates.flatMap((c) => c.emails)).not.toContain('me@meishi-user.example');
      expect(r.candidates).toHaveLength(4);
    });

    it.each([
      ['outlook.office.com', 'webmail/outlook-message.html', 'https://outlook.office.com/mail/inbox/id/AAQk'],
      [
        'a company domain',
        'webmail/outlook-company-hosted.html',
        'https://mail.contoso-robotics.example/owa/',
      ],
    ])('Outlook on %s: From/To/Cc rows and the signature', (_host, file, url) => {
      const r = run(file, url, engine);
      expect(r.page).toMatchObject({ site: 'outlook', kind: 'message' });
      expect(byName(r.candidates, 'Marta Kowalska')).toMatchObject({
        title: 'Head of Partnerships',
        company: 'Baltic Logistics Sp. z o.o.',
        emails: ['marta.kowalska@baltic-logistics.example'],
        phones: ['+48 22 123 45 67', '+48 601 234 567'],
        links: [{ kind: 'website', url: 'https://baltic-logistics.example/' }],
      });
      expect(byName(r.candidates, 'Priya Raman').emails).toEqual(['priya.raman@contoso-robotics.example']);
      expect(byName(r.candidates, 'Henrik Berg').emails).toEqual(['henrik.berg@baltic-logistics.example']);
      expect(r.candidates.map((c) => c.name)).not.toContain('Jordan Lee');
      expect(r.candidates.flatMap((c) => c.phones)).not.toContain('+1 206 555 0100');
    });

    it('an ordinary page on a company domain is not taken for Outlook', () => {
      const r = run('detect/team.html', 'https://mail.contoso-robotics.example/owa/', engine);
      expect(r.page.site).toBe('generic');
    });
  });

  describe('any page', () => {
    it('JSON-LD: @graph, @id references, founder, employee, worksFor, ContactPoint; broken scripts skipped', () => {
      const r = run('detect/jsonld.html', 'https://fjord-maritime.example/about', engine);
      const org = byName(r.candidates, 'Fjord Maritime AS');
      expect(org).toMatchObject({
        kind: 'company',
        emails: ['post@fjord-maritime.example'],
        phones: ['+47 22 12 34 56'],
      });
      expect(org.links.map((l) => l.kind)).toEqual(['website', 'linkedin']);
      expect(sources(org)).toEqual(['json-ld', 'site']);
      expect(byName(r.candidates, 'Ingrid Solberg')).toMatchObject({
        title: 'Founder & CEO',
        company: 'Fjord Maritime AS',
      });
      expect(byName(r.candidates, 'Lars Haugen')).toMatchObject({
        title: 'Chief Engineer',
        company: 'Fjord Maritime AS',
        emails: ['lars.haugen@fjord-maritime.example'],
        photoUrl: 'https://fjord-maritime.example/people/lars.jpg',
        location: 'Bergen, NO',
      });
      expect(byName(r.candidates, 'Nora Vik').company).toBe('Fjord Maritime AS');
      expect(byName(r.candidates, 'Fjord Holding ASA').kind).toBe('company');
      expect(r.candidates.map((c) => c.name)).not.toContain('Broken');
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('h-card, hCard and microdata; javascript: URLs dropped', () => {
      const r = run('detect/hcard.html', 'https://tinywebconf.example/speakers', engine);
      expect(byName(r.candidates, 'Ada Ferreira')).toMatchObject({
        title: 'Staff Engineer',
        company: 'Parcel Labs',
        emails: ['ada@parcel-labs.example'],
        location: 'Lisbon',
        photoUrl: 'https://tinywebconf.example/speakers/ada.jpg',
        links: [{ kind: 'website', url: 'https://ada.example/' }],
      });
      const bjorn = byName(r.candidates, 'Björn Lindqvist');
      expect(bjorn).toMatchObject({
        title: 'Design Lead',
        company: 'Nordlys AB',
        phones: ['+46 8 123 456 78'],
        links: [],
      });
      expect(byName(r.candidates, 'Chen Wei')).toMatchObject({
        title: 'Product Manager',
        company: 'Lantern Apps',
      });
      expect(sources(byName(r.candidates, 'Chen Wei'))).toEqual(['mailto', 'microdata', 'text']);
    });

    it('team page: repeated cards become people of the site company, with photos and profile links', () => {
      const r = run('detect/team.html', 'https://www.lumen-analytics.example/team', engine);
      const people = r.candidates.filter((c) => c.kind === 'person');
      expect(people.map((c) => c.name)).toEqual([
        'Hannah Schmidt',
        'Oliver Grant',
        'Yuki Nakamura',
        'Amara Okeke',
      ]);
      expect(byName(r.candidates, 'Hannah Schmidt')).toMatchObject({
        title: 'Chief Executive Officer',
        company: 'Lumen Analytics',
        emails: ['hannah@lumen-analytics.example'],
        photoUrl: 'https://www.lumen-analytics.example/img/people/hannah.jpg',
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/hannah-schmidt-lumen/' }],
      });
      expect(byName(r.candidates, 'Oliver Grant').links).toEqual([
        { kind: 'github', url: 'https://github.com/olivergrant' },
      ]);
      const site = byName(r.candidates, 'Lumen Analytics');
      expect(site).toMatchObject({
        kind: 'company',
        phones: ['+49301234567'],
        links: [{ kind: 'website', url: 'https://lumen-analytics.example/' }],
      });
      // The nav menu repeats too, but it holds no people.
      expect(r.candidates.map((c) => c.name)).not.toContain('About Us');
    });

    it('contacts in text: obfuscated and full-width addresses, Cloudflare, Japanese numbers, names beside them', () => {
      const r = run('detect/contacts.html', 'https://www.sample-shoji.co.jp/contact', engine, 'JP');
      expect(byName(r.candidates, '鈴木 花子')).toMatchObject({
        emails: ['hanako.suzuki@sample-shoji.co.jp'],
        phones: ['03-1234-5678'],
      });
      expect(byName(r.candidates, '高橋 健').emails).toEqual(['takahashi@sample-shoji.co.jp']);
      expect(byName(r.candidates, 'Laura Brandt').emails).toEqual(['laura.brandt@press-partners.example']);
      expect(byName(r.candidates, 'Kevin Moore')).toMatchObject({
        phones: ['+1 (212) 555-0188'],
        links: [{ kind: 'github', url: 'https://github.com/kevinmoore-dev' }],
      });
      expect(r.candidates.flatMap((c) => c.emails)).toContain('support@sample-shop.example.com');
      expect(byName(r.candidates, 'サンプル商事株式会社')).toMatchObject({
        kind: 'company',
        phones: ['0312345000'],
      });
      expect(r.candidates.map((c) => c.name)).not.toContain('Jane Evil');
      expect(r.candidates.map((c) => c.name)).not.toContain('営業担当');
    });
  });
});
