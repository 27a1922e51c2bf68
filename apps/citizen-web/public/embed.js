/*
 * Sportello FACILE Territoriale: booking on a municipality's own site with one script tag (docs/adr/21).
 *
 *   <script src="https://<sportello>/embed.js" data-servizio="carta-identita-elettronica"
 *           data-comune="cesena" async></script>
 *
 * Inserts, where the tag stands (or into the element named by data-target="<id>"), an iframe of the citizen
 * web's booking at /prenota?servizio=…&comune=…&embed=1: the page without header and footer, which tells
 * its height through postMessage; the frame takes it, so it never scrolls inside. The citizen web may be
 * framed only by the municipalities' own origins (CSP frame-ancestors, tenants.json webOrigins).
 * Optional: data-lingua="en", data-titolo="…" (the frame's accessible name).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var query = new URLSearchParams();
  if (script.dataset.servizio) query.set('servizio', script.dataset.servizio);
  if (script.dataset.comune) query.set('comune', script.dataset.comune);
  if (script.dataset.lingua) query.set('lng', script.dataset.lingua);
  query.set('embed', '1');

  var frame = document.createElement('iframe');
  frame.src = origin + '/prenota?' + query.toString();
  frame.title = script.dataset.titolo || 'Prenota un appuntamento con lo Sportello FACILE Territoriale';
  frame.setAttribute('data-facile-embed', '');
  frame.setAttribute('loading', 'lazy');
  frame.style.width = '100%';
  frame.style.minHeight = '200px';
  frame.style.border = '0';
  frame.style.display = 'block';

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== 'facile:embed-height' || typeof data.height !== 'number') return;
    frame.style.height = Math.max(200, Math.min(Math.ceil(data.height), 20000)) + 'px';
  });

  var target = script.dataset.target && document.getElementById(script.dataset.target);
  if (target) target.appendChild(frame);
  else script.parentNode.insertBefore(frame, script.nextSibling);
})();
