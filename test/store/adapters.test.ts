import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { storeContract, type StoreFactory } from './contract.js';

/** Every Store adapter, each run through the contract suite: a new backend is one entry here. */
const ADAPTERS: Record<string, StoreFactory> = {
  sqlite: {
    create: async () => SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'readout-sqlite-')), 'readout.db')),
    reopen: async (location) => SqliteStore.open(location, { mustExist: true }),
  },
};

for (const [name, factory] of Object.entries(ADAPTERS)) storeContract(name, factory);
