import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PersonCard } from './PersonCard';
import { knownCard } from './test-data';

describe('PersonCard', () => {
  afterEach(cleanup);

  it('shows each fact with its source on hover', () => {
    const p = knownCard().person!;
    render(<PersonCard fields={p} sources={p.sources} />);
    const email = screen.getByText('taro@acme.example');
    expect(email.getAttribute('href')).toBe('mailto:taro@acme.example');
    expect(email.getAttribute('title')).toMatch(/^linkedin-profile · linkedin\.com · \d{4}-\d{2}-\d{2}$/);
    expect(screen.getByText('03-1234-5678').getAttribute('href')).toBe('tel:0312345678');
    expect(screen.getByText('CTO').tagName).toBe('SPAN');
    expect(screen.getByText('expo')).toBeTruthy();
  });

  it('never makes a link of an unsafe scheme, and renders markup as text', () => {
    render(
      <PersonCard
        fields={{
          title: '<img src=x onerror=alert(1)>',
          emails: [],
          phones: [],
          links: [{ kind: 'other', url: 'javascript:alert(1)' }],
        }}
        sources={{}}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });

  it('renders nothing without facts', () => {
    const { container } = render(<PersonCard fields={{ emails: [], phones: [], links: [] }} sources={{}} />);
    expect(container.textContent).toBe('');
  });
});
