export const embed = {
  title: 'Prenota con lo Sportello FACILE',
  poweredBy: 'Servizio dello Sportello FACILE Territoriale',
  openFull: 'Apri in una nuova scheda',
};
