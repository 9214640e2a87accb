// The `crosscheck` command: everything else lives in run.ts so tests can run it in-process.
import { runCli } from './run.js';

/** Standard input as text; only read when an input is `-`, so a terminal is never waited on otherwise. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

// A reader that stops early (`| head`, a closed pipe in a stream) is not a crash: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  progressStream: process.stderr,
});
