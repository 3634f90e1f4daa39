import { readFileSync } from 'node:fs';
import { repoPath } from '../../../src/knowledge/data-files.js';

export const fixturePath = (name: string) => repoPath(`test/ingest/fixtures/web/${name}`);
export const fixtureBytes = (name: string) => readFileSync(fixturePath(name));
