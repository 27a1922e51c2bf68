export const desk = {
  title: 'Console dello sportello',
  tagline: 'Lo strumento di lavoro degli operatori dello Sportello FACILE',
  home: {
    title: 'Comuni serviti',
    intro:
      "I comuni dell'Unione per cui lo sportello lavora. Scegli quello di cui vuoi vedere le informazioni.",
  },
  municipality: {
    intro: 'Qui troverai presto le code, gli appuntamenti e le pratiche di {{name}}.',
    back: 'Tutti i comuni',
  },
  staffHome: {
    title: 'La tua area',
    greeting: 'Buongiorno, {{name}}',
    roles: 'Profilo',
    sites: 'Sedi',
    tenants: 'Comuni amministrati',
    allTenants: "Tutti i comuni dell'Unione",
    none: 'nessuno',
    role: {
      operator: 'Operatore di sportello',
      'tenant-admin': 'Amministratore del comune',
      'union-admin': "Amministratore dell'Unione",
    },
  },
};
