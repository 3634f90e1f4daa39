/**
 * Ctrl-C for long runs: the first asks the run to stop after `inFlight`, the second quits at once.
 * `release` removes the handler when the run is over.
 */
export function stopOnInterrupt(stderr: NodeJS.WriteStream, inFlight: string): { stopping: () => boolean; release: () => void } {
  let stopping = false;
  const onInterrupt = () => {
    if (stopping) process.exit(130);
    stopping = true;
    stderr.write(`\nreadout: stopping after ${inFlight} (Ctrl-C again to quit now)\n`);
  };
  process.on('SIGINT', onInterrupt);
  return { stopping: () => stopping, release: () => process.off('SIGINT', onInterrupt) };
}
