/** A valid draft card for tests (category and life event from the reference data). */
export const draftCard = (slug: string) => ({
  slug,
  title: "Carta d'identità elettronica (test)",
  summary: 'Richiesta della CIE',
  category: 'anagrafe-stato-civile',
  lifeEvents: ['documenti-identita'],
  bookable: true,
  walkIn: false,
  durationMinutes: 20,
});
