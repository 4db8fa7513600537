/**
 * A redis-server for one `describe` block: started before its tests, stopped after them, with the
 * connections its tests opened (one per simulated process) closed first.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { startRedis, type RedisServer } from './redis-server.js';

export interface RedisForTests {
  /** The running server (set once the block's tests start). */
  readonly server: RedisServer;
  /** A new connection, standing for one process (errors are expected when a test kills Redis). */
  connect(): Redis;
  /** Closes a connection a test made itself (to another server) with the others. */
  adopt(connection: Redis): Redis;
}

export function useRedisServer(): RedisForTests {
  let server: RedisServer | undefined;
  const connections: Redis[] = [];
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    for (const c of connections) c.disconnect();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('useRedisServer: the server starts in beforeAll; use it inside a test');
      return server;
    },
    connect() {
      const c = new Redis(this.server.url, { maxRetriesPerRequest: 1 });
      c.on('error', () => undefined);
      return this.adopt(c);
    },
    adopt(connection) {
      connections.push(connection);
      return connection;
    },
  };
}
