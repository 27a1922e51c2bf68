// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test/render';
import { preloadShellIcons } from '../icons/shell-icons';
import { ErrorState } from './error-state';

describe('ErrorState', () => {
  beforeAll(async () => {
    await preloadShellIcons();
  });

  it('tells a citizen what happened when the service gives no answer, and offers to try again', async () => {
    const retry = vi.fn();
    renderInApp(<ErrorState error={new TypeError('fetch failed')} onRetry={retry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Il servizio non risponde. Controlla la connessione a internet e riprova.',
    );
    expect(alert).not.toHaveTextContent('fetch failed');
    await userEvent.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('says the service is unavailable on a 5xx, in the language shown', () => {
    renderInApp(
      <ErrorState error={{ status: 503, title: 'Service Unavailable' }} onRetry={() => undefined} />,
      { language: 'en' },
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The service is not available right now. Please try again in a few minutes.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('keeps the button (and its focus) during a retry, but does not retry twice', async () => {
    const retry = vi.fn();
    renderInApp(<ErrorState error={{ status: 502 }} onRetry={retry} retrying />);
    const button = screen.getByRole('button', { name: 'Caricamento in corso…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(retry).not.toHaveBeenCalled();
  });
});
