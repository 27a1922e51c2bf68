import { createServer, Server, Socket } from 'node:net';
import { AddressInfo } from 'node:net';
import { connectWithoutDelay } from './smtp-socket';

const listening = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

const connected = (port: number) =>
  new Promise<{ err: Error | null; socket?: Socket; calls: number }>((resolve) => {
    let calls = 0;
    connectWithoutDelay({ host: '127.0.0.1', port }, (err, options) => {
      calls++;
      // A second call would be a bug: wait a moment for it before answering.
      setTimeout(() => resolve({ err, socket: options?.connection, calls }), 50);
    });
  });

describe('connectWithoutDelay (nodemailer getSocket)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('hands nodemailer a connected socket to the server with Nagle off', async () => {
    const noDelay = jest.spyOn(Socket.prototype, 'setNoDelay');
    const server = createServer((s) => s.end('220 ready\r\n'));
    const port = await listening(server);
    try {
      const { err, socket, calls } = await connected(port);
      expect(err).toBeNull();
      expect(calls).toBe(1);
      expect(socket?.remotePort).toBe(port);
      expect(noDelay).toHaveBeenCalledWith(true);
      expect(noDelay.mock.contexts).toContain(socket);
      socket?.destroy();
    } finally {
      server.close();
    }
  });

  it('reports a refused connection once, as an error nodemailer can classify', async () => {
    const server = createServer();
    const port = await listening(server);
    await new Promise((r) => server.close(r));
    const { err, socket, calls } = await connected(port);
    expect((err as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
    expect(socket).toBeUndefined();
    expect(calls).toBe(1);
  });
});
