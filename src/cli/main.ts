/**
 * The `chartstack` bin (package.json `bin`, built to dist/cli.js with a `#!/usr/bin/env node`
 * banner). Node only, and its own build: no library entry imports src/cli/**, so commander and
 * cli-progress never reach the library's bundles.
 */
import { EXIT, exitCodeFor, messageFor } from './exit-codes.js';
import { run } from './program.js';

async function main(): Promise<number> {
  try {
    return await run(process.argv);
  } catch (err) {
    process.stderr.write(`${messageFor(err)}\n`);
    const code = exitCodeFor(err);
    if (code === EXIT.internal && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return code;
  }
}

// Exit explicitly once the output is flushed (runCall awaits it): idle keep-alive sockets or a
// limiter's timers must not hold an analyst's terminal.
void main().then((code) => process.exit(code));
