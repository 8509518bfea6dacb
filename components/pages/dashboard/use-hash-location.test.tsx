import { render, screen, cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useHashLocation } from './router';

function Where() {
  return <p data-testid="where">{useHashLocation().segments.join('/')}</p>;
}

describe('useHashLocation', () => {
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', '#/');
  });

  it('follows the hash as it changes', async () => {
    history.replaceState(null, '', '#/people');
    render(<Where />);
    expect(screen.getByTestId('where').textContent).toBe('people');
    location.hash = '#/person/abc';
    await screen.findByText('person/abc');
  });

  it('catches up with a hash that moved between the first render and its listener', () => {
    history.replaceState(null, '', '#/person/abc');
    let moved = false;
    // Moves the hash during the first render, where no listener hears it (replaceState fires no event).
    function Mover() {
      if (!moved) {
        moved = true;
        history.replaceState(null, '', '#/people');
      }
      return null;
    }
    render(
      <>
        <Where />
        <Mover />
      </>,
    );
    expect(screen.getByTestId('where').textContent).toBe('people');
  });
});
