export const display = {
  title: 'Tabellone',
  heading: 'Sportello {{site}}',
  enableSound: "Attiva l'audio",
  called: 'Numeri chiamati',
  number: 'Numero',
  counter: 'Sportello',
  waiting: 'Persone in attesa',
  group: 'Gruppo {{letter}}: {{count}} in attesa, circa {{minutes}} minuti',
  announce: 'Numero {{number}}, sportello {{counter}}',
};
