import { StoreError } from '../store/store.js';

/**
 * Reports an error that ends a command as one line naming what failed and why (the stack only
 * with --debug); returns the exit code: 2 when the store could not be used, else 1.
 */
export function reportError(err: unknown, stderr: NodeJS.WritableStream, debug: boolean): number {
  const error = err instanceof Error ? err : new Error(String(err));
  stderr.write(`readout: ${error.message.split('\n')[0]}\n`);
  if (debug && error.stack) stderr.write(`${error.stack}\n`);
  return error instanceof StoreError ? 2 : 1;
}

/** Whether the run was asked for stack traces (`--debug`, an option of the program). */
export function debugging(): boolean {
  return process.argv.includes('--debug');
}
