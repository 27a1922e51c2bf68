/** Euro amounts as a municipality writes them (`12,50 €`), to and from the API's integer cents. */

export type EuroParse = { ok: true; cents: number } | { ok: false; reason: 'empty' | 'format' | 'range' };

/** Largest fee the catalogue accepts (OfferingDto.feeCents maximum). */
export const MAX_FEE_CENTS = 1_000_000;

/**
 * Reads `12,50`, `12,50 €`, `€ 12.5`, `1.234,56`, `0` into cents. A comma is the decimal separator; dots
 * are thousands separators unless the only separator is a single dot followed by one or two digits.
 */
export function parseEuro(input: string): EuroParse {
  const text = input.replace(/€|eur(o)?/gi, '').replace(/\s+/g, '');
  if (text === '') return { ok: false, reason: 'empty' };
  let normalized: string;
  if (text.includes(',')) {
    if (!/^\d{1,3}(\.\d{3})*,\d{1,2}$|^\d+,\d{1,2}$/.test(text)) return { ok: false, reason: 'format' };
    normalized = text.replace(/\./g, '').replace(',', '.');
  } else if (/^\d+\.\d{1,2}$/.test(text)) {
    normalized = text;
  } else if (/^\d{1,3}(\.\d{3})+$|^\d+$/.test(text)) {
    normalized = text.replace(/\./g, '');
  } else {
    return { ok: false, reason: 'format' };
  }
  const [units, decimals = ''] = normalized.split('.');
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_FEE_CENTS) return { ok: false, reason: 'range' };
  return { ok: true, cents };
}

/** `1250` → `12,50 €`, `123456` → `1.234,56 €` (Italian grouping, always two decimals). */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  const units = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = (abs % 100).toString().padStart(2, '0');
  return `${sign}${units},${decimals} €`;
}
