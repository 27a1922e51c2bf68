/** The two small pages of the opt-out link, in Italian and English; every value is HTML-escaped. */

const CHANNEL: Record<string, { it: string; en: string }> = {
  email: { it: 'e-mail', en: 'e-mail' },
  sms: { it: 'SMS', en: 'text messages' },
  appio: { it: 'App IO', en: 'the IO app' },
};

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
button{font-size:1rem;padding:.6rem 1.2rem;cursor:pointer}</style></head>
<body>${body}</body></html>`;
}

export function optOutConfirmPage(p: { municipality: string; channel: string; token: string }): string {
  const m = escapeHtml(p.municipality);
  const ch = CHANNEL[p.channel] ?? { it: p.channel, en: p.channel };
  return layout(
    'Non ricevere più messaggi',
    `<h1>Non ricevere più messaggi</h1>
<p>Vuole smettere di ricevere via ${escapeHtml(ch.it)} i messaggi di ${m} sui suoi appuntamenti e pratiche?</p>
<p lang="en">Stop receiving ${m}'s messages about your appointments and cases by ${escapeHtml(ch.en)}?</p>
<form method="post"><input type="hidden" name="token" value="${escapeHtml(p.token)}">
<button type="submit">Sì, non inviatemi più messaggi / Yes, stop them</button></form>`,
  );
}

export function optOutDonePage(p: { municipality: string; channel: string }): string {
  const m = escapeHtml(p.municipality);
  const ch = CHANNEL[p.channel] ?? { it: p.channel, en: p.channel };
  return layout(
    'Fatto',
    `<h1>Fatto</h1>
<p>Non riceverà più via ${escapeHtml(ch.it)} i messaggi di ${m}. Per riattivarli si rivolga a uno sportello.</p>
<p lang="en">You will no longer receive ${m}'s messages by ${escapeHtml(ch.en)}. Any desk can turn them back on.</p>`,
  );
}
