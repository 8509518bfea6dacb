import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '@/utils/i18n';
import { TeamList } from './TeamList';
import { knownCard, NOW } from './test-data';

describe('TeamList', () => {
  afterEach(() => {
    cleanup();
    setLang('en');
  });

  it('ranks teammates with their evidence, and shows a glimpse as a name only', () => {
    const card = knownCard();
    const { container } = render(<TeamList team={card.team} companyName="Acme" now={NOW} />);
    const lines = [...container.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Aiko Kato');
    expect(lines[0]).toContain('strong');
    expect(lines[0]).toContain('happy to introduce');
    expect(lines[0]).toContain('4 emails, last 2 weeks ago');
    expect(lines[0]).toContain('first met on 2026-03-12 at Tokyo Expo');
    expect(lines[1]).toContain('Ben Ito knows someone by this name at Acme');
  });

  it('puts my own tie first and says when nobody knows them', () => {
    const { rerender } = render(
      <TeamList
        mine={{
          how: 'found on linkedin.com, 2026-11-20',
          score: 12,
          band: 'weak',
          reasons: [{ kind: 'no-contact' }],
        }}
        team={[]}
        now={NOW}
      />,
    );
    expect(screen.getByText('You')).toBeTruthy();
    expect(screen.getByText('found on linkedin.com, 2026-11-20')).toBeTruthy();
    rerender(<TeamList team={[]} now={NOW} />);
    expect(screen.getByText('No one on the team has saved them yet.')).toBeTruthy();
  });

  it('speaks Japanese when the UI does', () => {
    setLang('ja');
    const card = knownCard();
    const { container } = render(<TeamList team={card.team} companyName="Acme" now={NOW} />);
    expect(container.textContent).toContain('チームで知っている人');
    expect(container.textContent).toContain('メール 4通');
    expect(container.textContent).toContain('Ben Ito さんは Acme の同名の方を知っています');
  });
});
