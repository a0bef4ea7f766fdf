// One OTLP/HTTP protobuf POST from a load generator (bench/ingest-client.ts,
// bench/soak-client.ts): the status, or 0 when there was no answer (refused, reset, timed
// out: the dashboard is down). node:http with keep-alive rather than fetch: the client
// shares the machine's cores with the server, and undici's streams cost several times more
// CPU per request.
import http from 'node:http';

export function postProtobuf(url: URL, agent: http.Agent, path: string, body: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/x-protobuf', 'content-length': body.byteLength },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.setTimeout(30_000, () => req.destroy());
    req.on('error', () => resolve(0));
    req.end(body);
  });
}
