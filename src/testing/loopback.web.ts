/**
 * The edge twin of `loopback.ts`: edge builds (workerd, edge-light, browser, Deno, Bun) carry no
 * `node:http`, so `sandbox.listen()` explains what to use instead of failing on a missing module.
 */
import type { LoopbackServer, Sandbox } from './sandbox.js';

export async function startLoopback(_sandbox: Sandbox, _port: number): Promise<LoopbackServer> {
  throw new Error(
    "sandbox.listen() needs Node (it starts a node:http server); this is chartstack's edge build. " +
      'Use sandbox.fetch instead: new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch }).',
  );
}
