export const auth = {
  title: 'Accesso operatori',
  signIn: 'Accedi',
  signOut: 'Esci',
  callback: {
    title: 'Accesso in corso',
    failedTitle: 'Accesso non riuscito',
    failed:
      "Non è stato possibile completare l'accesso. Riprova: se il problema continua, avvisa il referente tecnico.",
  },
  forbidden: {
    title: 'Accesso non consentito',
    text: 'Il tuo profilo non permette di usare questa pagina. Se pensi che sia un errore, chiedi al referente del tuo comune.',
  },
  bar: {
    label: 'Operatore collegato',
    signedInAs: 'Operatore: {{name}}',
    shift: 'Sede: {{site}} · Sportello {{counter}}',
    changeShift: 'Cambia sede o sportello',
  },
  shift: {
    title: 'Inizio turno: scegli sede e sportello',
    site: 'Sede',
    counter: 'Sportello',
    counterN: 'Sportello {{n}}',
    start: 'Inizia il turno',
    noSites:
      'Il tuo profilo non è associato a nessuna sede. Chiedi al referente del tuo comune di abilitarti.',
  },
  sessionExpired: 'La sessione è scaduta: accedi di nuovo. Quanto avevi scritto è stato conservato.',
};
