import { citizenResources, createI18n, type Language } from '@facile/web/i18n';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';

/** Renders a component as an app would: its own i18n instance (Italian unless told), inside a router. */
export function renderInApp(
  ui: ReactNode,
  { language = 'it', path = '/' }: { language?: Language; path?: string } = {},
) {
  const i18n = createI18n({ bundle: citizenResources, language });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}
