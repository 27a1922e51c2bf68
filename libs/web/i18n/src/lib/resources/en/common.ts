import type { common as italian } from '../it/common';

export const common: typeof italian = {
  union: 'Unione dei Comuni della Valle del Savio',
  service: 'Sportello FACILE Territoriale',
  documentTitle: '{{page}} · Sportello FACILE Territoriale',
  skipLinks: {
    label: 'Skip links',
    main: 'Skip to main content',
    footer: 'Skip to footer',
  },
  header: {
    unionSite: 'Website of the Unione dei Comuni della Valle del Savio',
    home: 'Home page',
  },
  language: {
    toggle: 'Language',
    current: 'current language {{language}}',
  },
  footer: {
    label: 'Footer',
    links: 'About this site',
    accessibility: 'Accessibility statement',
    privacy: 'Privacy notice',
    licence: 'Free software released under the EUPL-1.2 licence',
  },
  states: {
    loading: 'Loading…',
    errorTitle: 'The information could not be loaded',
    network: 'The service does not answer. Check your internet connection and try again.',
    unavailable: 'The service is not available right now. Please try again in a few minutes.',
    tooMany: 'Too many requests in a short time. Wait a few seconds and try again.',
    notFound: 'The information you asked for does not exist or is no longer available.',
    refused: 'The request was not accepted.',
    retry: 'Try again',
    updatedAt: 'Updated at {{at, time}}',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address you followed does not match any page of this site.',
    home: 'Back to the home page',
  },
  tenants: {
    label: 'Municipalities',
    empty: 'No municipality to show yet.',
    union: 'Union of municipalities',
    municipality: 'Municipality',
    province: 'Province of {{province}}',
    istatCode: 'ISTAT code {{code}}',
    population_one: '{{count, number}} inhabitant',
    population_other: '{{count, number}} inhabitants',
  },
};
