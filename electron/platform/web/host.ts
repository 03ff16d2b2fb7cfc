import { timingSafeEqual, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { isChannelName } from '../../../shared/channels.js';
import type { Envelope } from '../../../shared/platform/result.js';
import type { Handlers } from '../ipc/handlers.js';
import { type ChannelBus, failure, register, type RegisterOptions } from '../ipc/register.js';
import { CONTENT_SECURITY_POLICY, resolveInside } from './staticFiles.js';

/** Requests larger than this are refused before they are read whole. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

interface HttpSender {
  request: IncomingMessage;
}

export interface WebHost {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and every channel as POST /api/<channel> on 127.0.0.1, through the same register()
 * as Electron's IPC. A request is trusted only when it carries the printed token and comes from the host's own
 * origin, so that a web page in the user's browser cannot drive the backend.
 */
export async function startWebHost(options: {
  handlers: Handlers;
  signedIn: RegisterOptions<HttpSender>['signedIn'];
  staticDir: string;
  port?: number;
  token?: string;
  log?: (line: string) => void;
}): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const listeners = new Map<string, (event: HttpSender, input: unknown, session?: unknown) => Promise<Envelope<unknown>>>();
  const bus: ChannelBus<HttpSender> = { handle: (channel, listener) => listeners.set(channel, listener) };
  let origin = '';

  register(bus, options.handlers, {
    isTrustedSender: ({ request }) => isTrustedRequest(request, origin, token),
    signedIn: options.signedIn,
    log: options.log,
  });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      options.log?.(`[web] ${request.method} ${request.url} failed: ${error.stack}`);
      if (!response.headersSent) send(response, 500, failure('internal', 'Unexpected server error.'));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, failure('validation', 'Use POST for channels.'));
      const channel = url.pathname.slice('/api/'.length);
      const listener = isChannelName(channel) ? listeners.get(channel) : undefined;
      if (!listener) return send(response, 404, failure('unknown_channel', `There is no channel "${channel}".`));
      if (!isTrustedRequest(request, origin, token)) {
        request.resume();
        return send(response, 403, failure('forbidden', 'Missing or wrong token, or a foreign origin.'));
      }
      const body = await readBody(request);
      if (body === 'too_large') return send(response, 413, failure('validation', 'The request is too large.', { _: 'too_large' }));
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return send(response, 400, failure('validation', 'The request body is not JSON.', { _: 'invalid_json' }));
      }
      const envelope = await listener({ request }, input, request.headers['x-workshop-session']);
      return send(response, 200, envelope);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, failure('validation', 'Not allowed.'));
    await serveStatic(url.pathname, response);
  }

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    const file = resolveInside(options.staticDir, pathname === '/' ? '/index.html' : pathname);
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
    if (!file) {
      response.writeHead(404, headers).end('Not found');
      return;
    }
    try {
      const content = await readFile(file);
      response.writeHead(200, { ...headers, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' }).end(content);
    } catch {
      // Unknown paths get the app itself: the renderer has one page.
      const index = await readFile(resolveInside(options.staticDir, '/index.html') ?? '').catch(() => null);
      if (!index) response.writeHead(404, headers).end('The renderer is not built: run npm run build.');
      else response.writeHead(200, { ...headers, 'Content-Type': MIME['.html'] }).end(index);
    }
  }

  await listen(server, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Open keep-alive connections (a browser tab left open) must not hold the shutdown.
        server.closeAllConnections();
      }),
  };
}

/** The port the web host was asked for is taken: one line says which, and how to choose another. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} on 127.0.0.1 is in use (another Workshop Service, or another program): choose another with PORT, e.g. PORT=${port === 65535 ? 5180 : port + 1} npm run web`);
    this.name = 'PortInUseError';
  }
}

/** A PORT that is no port: the same one line, never a stack trace. */
export class BadPortError extends Error {
  constructor(readonly value: string) {
    super(`PORT=${value} is not a port: give a number from 1 to 65535 (or 0 for any free port), e.g. PORT=5180 npm run web`);
    this.name = 'BadPortError';
  }
}

/** The port PORT names (5180 when unset). */
export function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return 5180;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) throw new BadPortError(value);
  return port;
}

/** Listens on 127.0.0.1:port; a port in use is a PortInUseError, not an unhandled 'error' event. */
export function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed);
      resolve();
    });
  });
}

/** Fails with PortInUseError when the port is taken, before anything else starts (the data folder is not opened). */
export async function checkPortFree(port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await listen(probe, port);
  await new Promise((resolve) => probe.close(resolve));
}

/** Token in the X-Workshop-Token header, and Origin and Host exactly our own (parsed, never substring-matched). */
export function isTrustedRequest(request: IncomingMessage, origin: string, token: string): boolean {
  const given = Buffer.from(String(request.headers['x-workshop-token'] ?? ''));
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const own = new URL(origin);
  let requestOrigin: URL;
  try {
    requestOrigin = new URL(String(request.headers.origin ?? ''));
  } catch {
    return false;
  }
  if (requestOrigin.origin !== own.origin) return false;
  return request.headers.host === own.host || request.headers.host === `localhost:${own.port}`;
}

function readBody(request: IncomingMessage): Promise<string | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  response
    .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
    .end(JSON.stringify(envelope));
}
