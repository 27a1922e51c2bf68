/**
 * The sections of a service card in the municipal-site model's order (C.SI.1.3: the checker reads the page
 * index and wants this sequence), each with its anchor and the model's data-element.
 */
export const CARD_SECTIONS = [
  { key: 'addressed', id: 'a-chi-e-rivolto', element: 'service-addressed' },
  { key: 'description', id: 'descrizione', element: 'service-extended-description' },
  { key: 'howTo', id: 'come-fare', element: 'service-how-to' },
  { key: 'needed', id: 'cosa-serve', element: 'service-needed' },
  { key: 'achieved', id: 'cosa-si-ottiene', element: 'service-achieved' },
  { key: 'calendar', id: 'tempi-e-scadenze', element: 'service-calendar' },
  { key: 'cost', id: 'quanto-costa', element: 'service-cost' },
  { key: 'access', id: 'accedi-al-servizio', element: 'service-generic-access' },
  { key: 'moreInfo', id: 'ulteriori-informazioni', element: 'service-more-info' },
  { key: 'conditions', id: 'condizioni-di-servizio', element: 'service-conditions' },
  { key: 'contacts', id: 'contatti', element: 'service-contacts' },
] as const;

export type CardSectionKey = (typeof CARD_SECTIONS)[number]['key'];
