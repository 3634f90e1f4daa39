import { writeIndexFile } from '../src/knowledge/gazetteer-file.js';

/** Writes the gazetteer's compact form into dist (see src/knowledge/gazetteer-file.ts), so a process reads it in one buffer. */
process.stdout.write(`gazetteer built in ${writeIndexFile()}\n`);
