import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CandidateSchema } from '@/utils/model';
import { CompanyPopover } from './CompanyPopover';
import { COMPANY_ID, companyCard, fakeAsk } from './test-data';

const acme = CandidateSchema.parse({
  kind: 'company',
  name: 'Acme Robotics',
  links: [{ kind: 'website', url: 'https://acme.example/' }],
  confidence: 0.9,
});

describe('CompanyPopover', () => {
  afterEach(cleanup);

  it('says how many people the team knows there, each with who knows them', async () => {
    const { ask } = fakeAsk({ companyCard: companyCard(), tags: { tags: [] } });
    render(
      <CompanyPopover candidate={acme} ask={ask} onClose={() => undefined} onChanged={() => undefined} />,
    );
    expect(await screen.findByText('The team knows 2 people at Acme Robotics')).toBeTruthy();
    const rows = [...document.querySelectorAll('.ppl li')].map((li) => li.textContent);
    expect(rows[0]).toContain('山田 太郎');
    expect(rows[0]).toContain('Aiko Kato');
    expect(rows[0]).toContain('strong');
    expect(rows[1]).toContain('You');
    expect(rows[1]).toContain('Ben Ito');
    expect(rows[1]).not.toContain('strong');
  });

  it('saves the company with tags, then offers to update it', async () => {
    let saved = false;
    const { ask, calls } = fakeAsk({
      companyCard: () => ({
        ...companyCard(),
        ...(saved
          ? {
              company: {
                id: COMPANY_ID,
                access: 'full',
                name: 'Acme Robotics',
                domains: ['acme.example'],
                tags: ['prospect'],
                status: 'other',
                visibility: 'team',
              },
            }
          : {}),
      }),
      tags: { tags: [] },
      saveCompany: () => {
        saved = true;
        return { companyId: COMPANY_ID, created: true };
      },
    });
    const onChanged = vi.fn();
    render(<CompanyPopover candidate={acme} ask={ask} onClose={() => undefined} onChanged={onChanged} />);
    await screen.findByText('The team knows 2 people at Acme Robotics');
    const tagInput = screen.getByRole('combobox');
    fireEvent.input(tagInput, { target: { value: 'prospect' } });
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Save company' }));
    await screen.findByRole('button', { name: 'Update company' });
    expect(calls.find((c) => c.type === 'saveCompany')?.data).toEqual({
      candidate: acme,
      tags: ['prospect'],
    });
    expect(screen.getByText('Saved company: Acme Robotics')).toBeTruthy();
    expect(screen.getByText('Domains: acme.example')).toBeTruthy();
    expect(onChanged).toHaveBeenCalled();
  });

  it('says when nobody knows anyone there', async () => {
    const { ask } = fakeAsk({
      companyCard: { count: 0, people: [], defaults: { visibility: 'team', status: 'other' } },
      tags: { tags: [] },
    });
    render(
      <CompanyPopover candidate={acme} ask={ask} onClose={() => undefined} onChanged={() => undefined} />,
    );
    await waitFor(() =>
      expect(screen.getByText('No one on the team knows anyone at Acme Robotics yet.')).toBeTruthy(),
    );
  });
});
