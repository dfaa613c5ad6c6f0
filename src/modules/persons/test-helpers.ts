/** Stand-ins for a register that misbehaves, for the tests of the clients and the service. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A fake register that answers every request the same way (or never), to test failures. */
export async function fakeRegister(answer: (res: http.ServerResponse) => void): Promise<{ url: string; requests: { url: string; body: string }[]; close(): Promise<void> }> {
  const requests: { url: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => {
      requests.push({ url: req.url ?? '', body });
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A port on which nothing listens. */
export async function deadPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
