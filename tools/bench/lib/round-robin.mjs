// A round-robin front for several processes of one service, in the bench process: each request goes to the next
// upstream in turn (http-proxy-3, the gateway's proxy), over keep-alive connections. Only for the replica
// scenario; an unreachable upstream is a 502, counted by the scenario like any 5xx.
import http from 'node:http';
import { createProxyServer } from 'http-proxy-3';

export async function startRoundRobin({ port, upstreams: initial }) {
  const upstreams = [...initial];
  // Idle sockets are dropped after 4 s, before the services' 5 s keep-alive timeout closes them under a request.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 4000 });
  // The services answer 500 racing requests slowly on a loaded machine: the front must not be the one giving up.
  const proxy = createProxyServer({ agent, xfwd: false, proxyTimeout: 120000 });
  const served = upstreams.map(() => 0);
  const errors = {};
  let next = 0;
  proxy.on('error', (e, __, res) => {
    errors[e.code ?? e.message] = (errors[e.code ?? e.message] ?? 0) + 1;
    if (res && !res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res?.end?.('upstream unreachable');
  });
  const server = http.createServer((req, res) => {
    const i = next++ % upstreams.length;
    served[i]++;
    proxy.web(req, res, { target: upstreams[i] });
  });
  server.keepAliveTimeout = 65000;
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    /** The front's own failures by error code (each one a 502 the scenario counts). */
    errors,
    /** One more upstream in the rotation (a replica started after the front). */
    add: (url) => {
      upstreams.push(url);
      served.push(0);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}
