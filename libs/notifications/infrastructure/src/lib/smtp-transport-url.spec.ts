import { smtpTransportUrl } from './smtp-transport-url';

describe('smtpTransportUrl', () => {
  it('asks nodemailer for a pool of the configured size', () => {
    const url = new URL(smtpTransportUrl('smtp://127.0.0.1:1025', 5));
    expect(url.searchParams.get('pool')).toBe('true');
    expect(url.searchParams.get('maxConnections')).toBe('5');
    expect(url.host).toBe('127.0.0.1:1025');
  });

  it('keeps one connection per e-mail when the pool is 0', () => {
    expect(smtpTransportUrl('smtp://127.0.0.1:1025', 0)).toBe('smtp://127.0.0.1:1025');
  });

  it('keeps the credentials and what the URL already says', () => {
    const url = new URL(smtpTransportUrl('smtps://user%40x:p%3Ass@mail.example.it:465/?maxConnections=2', 5));
    expect(url.username).toBe('user%40x');
    expect(url.password).toBe('p%3Ass');
    expect(url.searchParams.get('maxConnections')).toBe('2');
    expect(url.searchParams.get('pool')).toBe('true');
    expect(new URL(smtpTransportUrl('smtp://h:25/?pool=false', 5)).searchParams.get('pool')).toBe('false');
  });
});
