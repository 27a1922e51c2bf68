import { mailboxKey, phoneKey } from './contact-identity';

describe('contact identity (per-contact limits)', () => {
  it.each([
    ['Mario.Rossi@Example.org ', 'mario.rossi@example.org'],
    ['mario.rossi+cie@example.org', 'mario.rossi@example.org'],
    ['Mario.Rossi+1@GMail.com', 'mariorossi@gmail.com'],
    ['m.a.r.i.o.rossi@googlemail.com', 'mariorossi@gmail.com'],
  ])('one mailbox: %s → %s', (typed, key) => expect(mailboxKey(typed)).toBe(key));

  it('keeps different mailboxes apart', () => {
    expect(mailboxKey('mario.rossi@example.org')).not.toBe(mailboxKey('mariorossi@example.org'));
    expect(mailboxKey('mario@example.org')).not.toBe(mailboxKey('mario@example.com'));
  });

  it.each(['333 123 4567', '+39 333 1234567', '0039 333 123 4567', '393331234567', '+39 (333) 123-4567'])(
    'one phone line: %s',
    (typed) => expect(phoneKey(typed)).toBe('+393331234567'),
  );

  it('keeps landlines and foreign numbers as they are', () => {
    expect(phoneKey('0547 356111')).toBe('+390547356111');
    expect(phoneKey('+41 79 123 45 67')).toBe('+41791234567');
    expect(phoneKey('3331234567')).not.toBe(phoneKey('3331234568'));
  });
});
