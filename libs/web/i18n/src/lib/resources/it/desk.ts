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
  operator: {
    queue: 'Postazione di sportello (coda)',
    agenda: 'Agenda del giorno',
    cases: 'Pratiche di assistenza',
    title: 'Il mio turno',
    intro: 'Buon lavoro, {{name}}. Da qui apri l’agenda del giorno, la coda e le pratiche di assistenza.',
  },
};
