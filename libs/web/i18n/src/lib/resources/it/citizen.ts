export const citizen = {
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
};
