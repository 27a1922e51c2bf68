import { looksLikeCredential } from './credential-text';

describe('credential-looking notes', () => {
  it.each([
    'PIN 4821',
    'il pin è 12345678',
    'Password: Primavera',
    'pwd=abc',
    'OTP 998877 ricevuto',
    'PUK: 12345678',
    'parola chiave: gatto',
    'The password is Summer2024',
    'PIN del cittadino: 4821',
    // the booking note's cases (scheduling)
    'il PIN della mia CIE è 12345678',
    'password: Rossi1985',
    'OTP 482913',
  ])('refuses %p', (note) => expect(looksLikeCredential(note)).toBe(true));
  it.each([
    'Ristampato PIN e PUK della CIE',
    'Identità verificata, credenziali attivate dal cittadino',
    'Password dimenticata: recupero avviato dal cittadino',
    'Consegnato il modulo per il PIN',
    'Ho dimenticato il PIN della CIE',
    '',
  ])('accepts %p', (note) => expect(looksLikeCredential(note)).toBe(false));
});
