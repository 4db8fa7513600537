// One call as a plain script would make it (ESM, top-level await), with no test runner keeping the
// process alive. test/lifetime/process-lifetime.test.ts runs it against a sandbox in another process.
// Prints the outcome and the moment the call settled; the process must then exit by itself.
import { call } from './call-shared.cjs';

const outcome = await call(await import(`chartstack/${process.env.PROVIDER}`));
console.log(`${outcome} settled-at=${Date.now()}`);
