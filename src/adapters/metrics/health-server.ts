import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

/** What GET /healthz reports. */
export interface Health {
  /** The gateway connection is ready. */
  readonly gateway: boolean;
  /** The store answered a read. */
  readonly store: boolean;
  /** Whether this process ran the scheduler at its last tick. */
  readonly scheduler: 'leader' | 'follower' | 'not-started';
}

/** What the health server reads when asked. */
export interface HealthServerDeps {
  readonly port: number;
  /** Binds here; all interfaces by default (a container's port must be reachable). */
  readonly host?: string;
  readonly registry: Registry;
  readonly health: () => Promise<Health>;
}

/** A running health and metrics endpoint. */
export interface HealthServer {
  /** The port it listens on (useful with port 0 in tests). */
  readonly port: number;
  close(): Promise<void>;
}

/**
 * GET /healthz: 200 and `{ status: "ok", ... }` while the gateway is connected and the store
 * answers, else 503 with what is wrong. GET /metrics: Prometheus's text format. Nothing else.
 */
export async function startHealthServer(deps: HealthServerDeps): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const reply = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    const answer = async () => {
      if (request.method !== 'GET') return reply(405, 'text/plain', 'GET only\n');
      if (path === '/metrics') return reply(200, deps.registry.contentType, await deps.registry.metrics());
      if (path !== '/healthz') return reply(404, 'text/plain', 'not found\n');
      const health = await deps.health();
      const ok = health.gateway && health.store;
      reply(
        ok ? 200 : 503,
        'application/json',
        `${JSON.stringify({ status: ok ? 'ok' : 'unhealthy', ...health })}\n`,
      );
    };
    answer().catch(() => reply(500, 'text/plain', 'health check failed\n'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(deps.port, deps.host, () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address !== null ? address.port : deps.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
