/**
 * Ends the command with `code` only once everything written to standard output and standard error
 * has been handed to the operating system. `process.exit` right after a large write to a pipe cuts the
 * output at the pipe's buffer (64 kB here): Node writes to pipes asynchronously, and exiting drops
 * what is still queued. A write's callback runs after every earlier write on the same stream has been
 * flushed, so an empty write with a callback is the barrier.
 */
export async function exitAfterFlush(code: number): Promise<never> {
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}

function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) {
      resolve();
      return;
    }
    // A reader that went away (EPIPE, e.g. `| head`) ends the wait instead of hanging it.
    const done = () => {
      stream.off('error', done);
      resolve();
    };
    stream.once('error', done);
    stream.write('', done);
  });
}

/**
 * A reader that closes the pipe early (`mentor2work match ... | head`) is not a failure of the
 * command: stop quietly, as Unix tools do, instead of printing an EPIPE stack trace.
 */
export function stopQuietlyWhenReaderCloses(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
}
