// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
import { citizenResources } from './resources/bundles';
import { LANGUAGE_STORAGE_KEY } from './languages';
import { formatDate, formatTime } from './time-zone';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe('createI18n', () => {
  it('speaks Italian by default and says so in <html lang>', () => {
    const i18n = createI18n({ bundle: citizenResources, storage: memoryStorage() });
    expect(i18n.language).toBe('it');
    expect(document.documentElement.lang).toBe('it');
    expect(i18n.t('notFound.title')).toBe('Pagina non trovata');
  });

  it('switches to English: texts, <html lang> and the stored choice follow', async () => {
    const storage = memoryStorage();
    const i18n = createI18n({ bundle: citizenResources, storage });
    await i18n.changeLanguage('en');
    expect(i18n.t('notFound.title')).toBe('Page not found');
    expect(i18n.t('home.title', { ns: 'citizen' })).toBe('The municipalities of the Union');
    expect(document.documentElement.lang).toBe('en');
    expect(storage.data.get(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it("starts in the visitor's stored choice, and ignores a stored value that is no language of ours", () => {
    expect(
      createI18n({ bundle: citizenResources, storage: memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'en' }) })
        .language,
    ).toBe('en');
    expect(
      createI18n({ bundle: citizenResources, storage: memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'klingon' }) })
        .language,
    ).toBe('it');
  });

  it('formats times in texts in Europe/Rome, winter and summer time alike', async () => {
    const i18n = createI18n({ bundle: citizenResources, storage: memoryStorage() });
    expect(i18n.t('states.updatedAt', { at: new Date('2026-01-15T12:05:00Z') })).toBe(
      'Aggiornato alle 13:05',
    );
    expect(i18n.t('states.updatedAt', { at: new Date('2026-07-15T12:05:00Z') })).toBe(
      'Aggiornato alle 14:05',
    );
    await i18n.changeLanguage('en');
    expect(i18n.t('states.updatedAt', { at: new Date('2026-07-15T22:30:00Z') })).toBe('Updated at 00:30');
  });

  it('writes numbers the way each language does', async () => {
    const i18n = createI18n({ bundle: citizenResources, storage: memoryStorage() });
    expect(i18n.t('tenants.population', { count: 96037 })).toBe('96.037 abitanti');
    await i18n.changeLanguage('en');
    expect(i18n.t('tenants.population', { count: 96037 })).toBe('96,037 inhabitants');
    expect(i18n.t('tenants.population', { count: 1 })).toBe('1 inhabitant');
  });
});

describe('Europe/Rome formatting', () => {
  it('gives the Rome date even when it is already the next day there', () => {
    expect(formatDate('2026-03-31T22:30:00Z', 'it')).toBe('1 aprile 2026');
    expect(formatDate('2026-03-31T22:30:00Z', 'en')).toBe('1 April 2026');
    expect(formatTime('2026-03-31T22:30:00Z', 'it')).toBe('00:30');
  });
});
