// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderInApp } from '../../test/render';
import { preloadShellIcons } from '../icons/shell-icons';
import { AppShell } from './app-shell';

const links = {
  accessibilityStatementUrl: 'https://form.agid.gov.it/view/example',
  privacyUrl: 'https://example.it/privacy',
  unionUrl: 'https://www.unionevallesavio.it/',
};

function shell(municipality?: string) {
  return (
    <AppShell
      appTitle="Sportello FACILE Territoriale"
      appTagline="Servizi per i cittadini"
      municipality={municipality}
      {...links}
    >
      <h1>Contenuto</h1>
    </AppShell>
  );
}

describe('AppShell', () => {
  beforeAll(async () => {
    await preloadShellIcons();
  });

  it('has the landmarks of the page: header, main and footer, and the skip links first in Tab order', async () => {
    renderInApp(shell());
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toHaveAttribute('id', 'footer');
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Vai al contenuto principale' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Vai al contenuto principale' })).toHaveAttribute(
      'href',
      '#main',
    );
  });

  it('names the Union in the slim header and the municipality, once chosen, in the centre header', () => {
    const { unmount } = renderInApp(shell());
    const banner = screen.getByRole('banner');
    expect(
      within(banner).getByRole('link', { name: 'Unione dei Comuni della Valle del Savio' }),
    ).toHaveAttribute('href', links.unionUrl);
    expect(within(banner).getByText('Sportello FACILE Territoriale')).toBeInTheDocument();
    unmount();
    renderInApp(shell('Comune di Cesena'));
    expect(within(screen.getByRole('banner')).getByText('Comune di Cesena')).toBeInTheDocument();
  });

  it('links the accessibility statement and the privacy notice from the footer', () => {
    renderInApp(shell());
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Dichiarazione di accessibilità' })).toHaveAttribute(
      'href',
      links.accessibilityStatementUrl,
    );
    expect(within(footer).getByRole('link', { name: 'Informativa privacy' })).toHaveAttribute(
      'href',
      links.privacyUrl,
    );
  });

  it('switches every text to English and <html lang> with it, from a real button', async () => {
    const user = userEvent.setup();
    renderInApp(shell());
    expect(document.documentElement.lang).toBe('it');
    const toggle = screen.getByRole('button', { name: 'Lingua ITA' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Italiano' })).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Accessibility statement' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Privacy notice' })).toBeInTheDocument();
    expect(screen.queryByText('Dichiarazione di accessibilità')).not.toBeInTheDocument();
    const english = screen.getByRole('button', { name: 'Language ENG' });
    expect(english).toHaveFocus();
    expect(english).toHaveAttribute('aria-expanded', 'false');
    expect(localStorage.getItem('facile.language')).toBe('en');
  });

  it('closes the language list with Escape and gives the focus back to the switch', async () => {
    const user = userEvent.setup();
    renderInApp(shell());
    const toggle = screen.getByRole('button', { name: 'Lingua ITA' });
    await user.click(toggle);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Italiano' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'English' })).not.toBeInTheDocument();
  });

  it('closes the language list when the focus leaves it', async () => {
    const user = userEvent.setup();
    renderInApp(shell());
    const toggle = screen.getByRole('button', { name: 'Lingua ITA' });
    await user.click(toggle);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'English' })).toHaveFocus();
    await user.tab();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
