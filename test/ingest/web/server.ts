import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  origin: string;
  /** Every request seen, as "METHOD path" plus the conditional header when sent. */
  log: { path: string; userAgent: string; ifNoneMatch: string | null; at: number }[];
  close(): Promise<void>;
}

/** A server on 127.0.0.1 for the tests: routes by path; nothing leaves the machine. */
export async function serve(routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void>): Promise<Served> {
  const log: Served['log'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    log.push({ path, userAgent: req.headers['user-agent'] ?? '', ifNoneMatch: (req.headers['if-none-match'] as string) ?? null, at: Date.now() });
    const route = routes[path];
    if (route) route(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A page of `megabytes` MB, written in chunks, with or without announcing its length. */
export function hugePage(megabytes: number, announce: boolean) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    res.writeHead(200, { 'content-type': 'text/html', ...(announce ? { 'content-length': String(megabytes * chunk.length) } : {}) });
    let sent = 0;
    const write = () => {
      while (sent < megabytes) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      res.end();
    };
    res.on('error', () => undefined);
    write();
  };
}
