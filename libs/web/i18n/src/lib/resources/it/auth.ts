export const auth = {
  title: 'Accesso operatori',
  signIn: {
    title: 'Accedi alla console dello sportello',
    body: "La console è riservata al personale dell'Unione e dei comuni. Accedi con le credenziali che ti ha dato l'Unione.",
    action: 'Accedi',
    unreachable:
      'Il servizio di accesso non risponde. Controlla la connessione e riprova; se il problema continua, avvisa il supporto informatico dell’Unione.',
  },
  callback: {
    failedTitle: 'Accesso non completato',
    failedBody: 'Non è stato possibile completare l’accesso: il collegamento potrebbe essere scaduto.',
    retry: 'Torna alla console e accedi di nuovo',
  },
  expired: {
    body: 'La tua sessione è scaduta. Quello che hai scritto è ancora qui: accedi di nuovo per salvarlo.',
    signIn: 'Accedi di nuovo',
  },
  forbidden: {
    title: 'Pagina non disponibile per il tuo profilo',
    body: 'Il tuo profilo non comprende questa funzione. Se ti serve, chiedi all’amministratore dell’Unione.',
  },
  account: {
    signIn: 'Accedi',
    signedInAs: 'Hai effettuato l’accesso come',
    signOut: 'Esci',
  },
};
