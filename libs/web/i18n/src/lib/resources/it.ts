/**
 * Italian texts, the default and the reference: `en.ts` must have exactly the same keys (the type-check
 * refuses a missing or extra one). Proper names (the Union, the service) are the same in every language.
 */
export const it = {
  common: {
    union: 'Unione dei Comuni della Valle del Savio',
    service: 'Sportello FACILE Territoriale',
    documentTitle: '{{page}} · Sportello FACILE Territoriale',
    skipLinks: {
      label: 'Scorciatoie di navigazione',
      main: 'Vai al contenuto principale',
      footer: 'Vai al piè di pagina',
    },
    header: {
      unionSite: "Sito dell'Unione dei Comuni della Valle del Savio",
      home: 'Pagina iniziale',
    },
    language: {
      toggle: 'Lingua',
      current: 'lingua attuale {{language}}',
    },
    footer: {
      label: 'Piè di pagina',
      links: 'Informazioni sul sito',
      accessibility: 'Dichiarazione di accessibilità',
      privacy: 'Informativa privacy',
      licence: 'Software libero rilasciato con licenza EUPL-1.2',
    },
    states: {
      loading: 'Caricamento in corso…',
      errorTitle: 'Non è stato possibile caricare le informazioni',
      network: 'Il servizio non risponde. Controlla la connessione a internet e riprova.',
      unavailable: 'Il servizio non è disponibile in questo momento. Riprova tra qualche minuto.',
      tooMany: 'Troppe richieste in poco tempo. Attendi qualche secondo e riprova.',
      notFound: 'Le informazioni richieste non esistono o non sono più disponibili.',
      refused: 'La richiesta non è stata accettata.',
      retry: 'Riprova',
      updatedAt: 'Aggiornato alle {{at, time}}',
    },
    notFound: {
      title: 'Pagina non trovata',
      body: "L'indirizzo che hai seguito non corrisponde a nessuna pagina di questo sito.",
      home: 'Torna alla pagina iniziale',
    },
    tenants: {
      label: 'Comuni',
      empty: 'Nessun comune da mostrare per ora.',
      union: 'Unione di comuni',
      municipality: 'Comune',
      province: 'Provincia di {{province}}',
      istatCode: 'Codice ISTAT {{code}}',
      population_one: '{{count, number}} abitante',
      population_other: '{{count, number}} abitanti',
    },
  },
  citizen: {
    tagline: 'Servizi, appuntamenti e assistenza digitale nei comuni della Valle del Savio',
    home: {
      title: "I comuni dell'Unione",
      intro:
        'Lo Sportello FACILE Territoriale ti aiuta con le pratiche di tutti i comuni della Valle del Savio e con SPID, carta d’identità elettronica e domicilio digitale. Scegli il tuo comune.',
    },
    municipality: {
      intro: 'Qui troverai presto i servizi, le sedi e gli appuntamenti dello sportello di {{name}}.',
      back: 'Tutti i comuni',
    },
  },
  desk: {
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
  },
};

export type Resources = typeof it;
