import type { admin as italian } from '../it/admin';

export const admin: typeof italian = {
  title: 'Municipality administration',
  nav: {
    label: 'Administration sections',
    municipality: 'The municipality',
    union: 'The Union',
    home: 'Overview',
    offerings: 'Offered procedures',
    catalogue: 'Catalogue',
    calendar: 'Shared calendar',
    statistics: 'Statistics',
    facilitation: 'Facilitation',
  },
  home: {
    intro:
      'Here the municipality decides which procedures it offers, at what cost and with which notes for citizens.',
  },
  tenant: {
    label: 'Municipality',
    hint: 'Only the municipalities you may administer are listed.',
  },
  offerings: {
    title: 'Offered procedures',
    intro:
      'Every procedure of the Union’s catalogue, with the offering of {{name}}. Changes are visible to citizens at once.',
    search: 'Search a procedure',
    filter: 'Show',
    filterAll: 'All',
    filterEnabled: 'Offered only',
    filterDisabled: 'Not offered only',
    count_one: '{{count}} procedure',
    count_other: '{{count}} procedures',
    none: 'No procedure matches the search.',
    offered: 'Offered',
    notOffered: 'Not offered',
    edit: 'Edit “{{title}}”',
    close: 'Close',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {{page}} of {{pages}}',
  },
  offering: {
    legend: 'Offering of {{name}}',
    enabled: 'The municipality offers this procedure',
    fee: 'Cost for the citizen',
    feeHint: 'In euro, for example 12,50 €. Write 0 if it is free.',
    onlineUrl: 'Address of the online service',
    onlineUrlHint: 'Optional; must start with https://',
    notes: 'Notes for citizens',
    duration: 'Duration at the desk (minutes)',
    durationHint: 'Optional: leave empty to use the catalogue’s duration ({{minutes}} minutes).',
    save: 'Save the offering',
    saving: 'Saving…',
    saved: 'Offering saved: citizens already see it.',
    conflict:
      'Somebody else changed this offering meanwhile. Reload and retry: your values stay in the form.',
    forbidden: 'You may not change this municipality’s offering.',
    failed: 'The offering was not saved. Your values stay in the form: try again.',
    errors: {
      feeEmpty: 'Write the cost (0 if it is free).',
      feeFormat: 'Write the cost in euro, for example 12,50.',
      feeRange: 'The cost cannot exceed 10.000,00 €.',
      url: 'Write an address starting with https://',
      duration: 'Write a number of minutes between 5 and 240.',
    },
  },
};
