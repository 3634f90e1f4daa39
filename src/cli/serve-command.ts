import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { openStore } from '../jobs/stores.js';
import { dbOption } from './options.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 65536) throw new InvalidArgumentError('expected megabytes from 0 to 65536');
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return n;
}

/** `readout serve`: the HTTP API and the web UI over a store, until Ctrl-C. */
export function defineServe(command: Command): void {
  command
    .addOption(dbOption())
    .addOption(new Option('--port <n>', 'port to listen on').argParser(port).default(8080))
    .option('--host <address>', 'address to listen on (anything but loopback exposes the store: reads then need the token too)', '127.0.0.1')
    .addOption(new Option('--token <token>', 'bearer token for POST /api/analyze and /api/ingest').env('READOUT_TOKEN'))
    .addOption(new Option('--cache-mb <n>', 'megabytes of API answers kept until the store changes (0: none)').argParser(megabytes).default(64))
    .action(async (o) => {
      let store;
      try {
        store = (await openStore(o.db)).store;
      } catch (err) {
        process.stderr.write(`readout: ${(err as Error).message}\n`);
        process.exitCode = 1;
        return;
      }
      const exposed = !LOOPBACK.has(o.host);
      if (exposed && !o.token) process.stderr.write(`readout: warning: serving ${o.db} on ${o.host} without a token: anyone who reaches it can read the store\n`);
      const { buildServer } = await import('../api/server.js');
      const app = await buildServer({ store, token: o.token ?? null, exposed, logger: { level: 'info' }, cacheBytes: Math.round(o.cacheMb * 1024 * 1024) });
      const close = async () => {
        await app.close();
        await store.close();
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      try {
        const address = await app.listen({ port: o.port, host: o.host });
        process.stderr.write(`readout: serving ${o.db} at ${address} (API under /api, described at /openapi.json)\n`);
      } catch (err) {
        process.stderr.write(`readout: cannot listen on ${o.host}:${o.port}: ${(err as Error).message}\n`);
        await close();
        process.exitCode = 1;
      }
    });
}
