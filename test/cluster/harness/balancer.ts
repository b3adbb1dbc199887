import { createServer, request, type Server } from 'node:http';

export interface Balancer {
  url: string;
  /** Which backend (index) served each request so far, in order. */
  served: number[];
  close(): Promise<void>;
}

/**
 * A round-robin HTTP load balancer: each request goes to the next backend in
 * turn (per request, not per connection, so one keep-alive client is spread
 * too), as a stateless balancer in front of API replicas would send it.
 */
export async function startBalancer(backends: string[]): Promise<Balancer> {
  let next = 0;
  const served: number[] = [];
  const server: Server = createServer((req, res) => {
    const index = next++ % backends.length;
    served.push(index);
    const target = new URL(req.url ?? '/', backends[index]);
    const upstream = request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
