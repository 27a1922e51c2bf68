/**
 * The SMTP_URL nodemailer is given: with `poolConnections` > 0 a pooled transport that keeps up to that many
 * connections open and sends message after message on them (`?pool=true&maxConnections=N`); 0 keeps one
 * connection per e-mail. Options the URL already spells out (`?pool=false`, `?maxConnections=2`) win.
 */
export function smtpTransportUrl(smtpUrl: string, poolConnections: number): string {
  if (poolConnections <= 0) return smtpUrl;
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections'))
    url.searchParams.set('maxConnections', String(poolConnections));
  return url.href;
}
