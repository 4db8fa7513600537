/** The sandbox as a real HTTP server on 127.0.0.1 (Node only; loaded lazily by `sandbox.listen()`). */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { fetchFault, type LoopbackServer, type Sandbox } from './sandbox.js';

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => (headers[k] = v));
  const body = Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

export async function startLoopback(sandbox: Sandbox, port: number): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    try {
      const url = `http://127.0.0.1${req.url}`;
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readAll(req);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const request = new Request(url, { method: req.method, headers, body: body && body.length ? new Uint8Array(body) : null, signal: controller.signal });
      const outcome = await sandbox.dispatch(request);
      const fault = outcome.fault;
      if (!fault) return await writeResponse(res, outcome.response!);
      switch (fault.kind) {
        case 'reset':
          req.socket.destroy();
          return;
        case 'stall-headers':
          return; // hold until the client gives up (res 'close')
        case 'stall-body':
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
          res.write('{"partial":');
          return;
        case 'reset-body': {
          // Announce the whole body, send half of it, then drop the connection.
          const real = outcome.response!;
          const body = Buffer.from(await real.arrayBuffer());
          const headers: Record<string, string> = {};
          real.headers.forEach((v, k) => (headers[k] = v));
          headers['content-length'] = String(body.length);
          res.writeHead(real.status, headers);
          res.write(body.subarray(0, Math.floor(body.length / 2)), () => req.socket.destroy());
          return;
        }
        default:
          return await writeResponse(res, await fetchFault(fault, outcome.response, controller.signal));
      }
    } catch (err) {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: `sandbox failure: ${(err as Error).message}` }));
      }
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    baseUrl: (provider) => `${url}/${provider}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
