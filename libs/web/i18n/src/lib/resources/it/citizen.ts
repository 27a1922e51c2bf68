export const citizen = {
  tagline: 'Servizi, appuntamenti e assistenza digitale nei comuni della Valle del Savio',
  nav: {
    label: 'Menu principale',
    services: 'Servizi',
    booking: 'Prenota appuntamento',
    sessions: 'Incontri di gruppo',
    assistance: 'Assistenza digitale',
  },
  footer: {
    label: 'Sportello FACILE',
    heading: 'Sportello FACILE',
  },
  home: {
    title: "I comuni dell'Unione",
    intro:
      'Lo Sportello FACILE Territoriale ti aiuta con le pratiche di tutti i comuni della Valle del Savio e con SPID, carta d’identità elettronica e domicilio digitale. Scegli il tuo comune.',
    allServices: 'Tutti i servizi',
  },
  municipality: {
    intro: 'I servizi, le sedi e gli appuntamenti dello sportello di {{name}}.',
    services: 'I servizi di {{name}}',
    back: 'Tutti i comuni',
  },
};
