/**
 * One key per mailbox or phone line, whatever way it was typed: per-contact limits must not be dodged by writing the
 * same address differently. Pure.
 */

/** Providers that ignore dots in the local part (and its `googlemail.com` alias). */
const DOTLESS = new Set(['gmail.com', 'googlemail.com']);

/** `Mario.Rossi+cie@GMail.com ` → `mariorossi@gmail.com`; other providers keep their dots. */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 1) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  // `+tag` sub-addressing delivers to the same mailbox at nearly every provider.
  local = local.split('+')[0];
  if (DOTLESS.has(domain)) {
    local = local.replace(/\./g, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/** `333 123 4567`, `+39 3331234567`, `0039333…`, `39333…` → `+393331234567`: E.164, Italy when no country is given. */
export function phoneKey(phone: string): string {
  let digits = phone.replace(/[\s\-().]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+')) return `+${digits.slice(1).replace(/\D/g, '')}`;
  digits = digits.replace(/\D/g, '');
  // Italian numbers start with 3 (mobile) or 0 (landline); a leading 39 on a long number is the country code.
  if (digits.startsWith('39') && digits.length >= 11) return `+${digits}`;
  return `+39${digits}`;
}
