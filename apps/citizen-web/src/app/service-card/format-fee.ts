/** A fee in euro cents as Italians write it: `12,50 €` (English: `€12.50`). */
export function formatFee(cents: number, language: 'it' | 'en'): string {
  return new Intl.NumberFormat(language === 'it' ? 'it-IT' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  })
    .format(cents / 100)
    .replace(/\u00a0/g, ' ');
}
