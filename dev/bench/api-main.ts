import { parseArgs } from 'node:util';
import { openStore } from '../../src/jobs/stores.js';
import { benchApi } from './api-bench.js';

/** `npm run bench:api -- --db store.db`: the API and web figures alone, on a store already filled. */
const { values } = parseArgs({ options: { db: { type: 'string' } } });
if (!values.db) {
  console.error('readout bench:api: pass --db PATH (a store filled by readout ingest)');
  process.exit(1);
}
const { store } = await openStore(values.db, { mustExist: true });
try {
  console.log(`store       ${values.db}: ${(await store.stats()).events} events`);
  for (const line of await benchApi(store)) console.log(line);
} finally {
  await store.close();
}
