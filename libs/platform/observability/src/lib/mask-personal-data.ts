import { Writable } from 'node:stream';

// Codice fiscale (with omocodia letters), e-mail addresses and phone numbers.
const FISCAL_CODE =
  /\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b/gi;
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi;
const PHONE =
  /(?<![\w-])(?:\+|00)?(?:39)?[ \t.-]?3\d{2}[ \t.-]?\d{6,7}(?![\w-])|(?<![\w-])\+\d{1,3}[ \t.-]?\d{6,12}(?![\w-])/g;

/** Replaces every codice fiscale, e-mail and phone number in a text with a mask. */
export function maskPersonalData(text: string): string {
  return text.replace(FISCAL_CODE, '[cf]').replace(EMAIL, '[email]').replace(PHONE, '[phone]');
}

/** A stdout wrapper that masks each log line before it leaves the process: the last line of defence. */
export function maskingDestination(target: NodeJS.WritableStream = process.stdout): Writable {
  return new Writable({
    write(chunk: Buffer | string, _enc, callback) {
      target.write(maskPersonalData(chunk.toString()));
      callback();
    },
  });
}
