// Serves the written report folder over HTTP with Hono, for the analyst's browser on this machine.
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { relative } from 'node:path';

/** A running server and the address it listens on. */
export interface RunningServer {
  url: string;
  server: ServerType;
  close(): Promise<void>;
}

/** Builds the web app: the static report with security headers. */
export function createApp(outDir: string): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    // No framing, no sniffing, no third-party anything: the pages use only their own assets.
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Content-Security-Policy', "default-src 'self'; script-src 'self' 'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
  });
  // serveStatic resolves paths relative to the working directory.
  app.use('/*', serveStatic({ root: relative(process.cwd(), outDir) || '.' }));
  return app;
}

/** Starts serving `outDir` on localhost at `port` (0 picks a free port). */
export function startServer(outDir: string, port: number): Promise<RunningServer> {
  const app = createApp(outDir);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://localhost:${String(info.port)}`,
        server,
        close: () => new Promise<void>((done) => server.close(() => { done(); })),
      });
    });
    server.on('error', reject);
  });
}
