// A server on loopback port 0 and how to close it; apart from helpers.ts, which loads the
// instrumentation, so that fixtures can serve without it.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

export type Served = { url: string; close: () => Promise<void> };

export async function listen(server: Server): Promise<Served> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // fetch keeps connections alive
      }),
  };
}
