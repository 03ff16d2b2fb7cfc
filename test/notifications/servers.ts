import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach } from 'vitest';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  headers: Record<string, string>;
}

/** `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=` words of a header, as a mail reader shows them. */
function decodeWords(value: string): string {
  return value.replace(/=\?([\w-]+)\?([BQbq])\?([^?]*)\?=\s*(?==\?)?/g, (_all, _charset, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** A single-part text message as nodemailer writes it: headers unfolded and decoded, the body decoded. */
export function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const cut = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, cut).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const text = decodeBody(raw.slice(cut + 4), (headers['content-transfer-encoding'] ?? '7bit').toLowerCase()).replace(/\r\n$/, '');
  return { ...envelope, subject: headers.subject ?? '', text, headers };
}

/**
 * A real SMTP server on 127.0.0.1 (smtp-server), with a user and password; `rejectTo` answers 550 for that
 * recipient. Every accepted message is kept, parsed, in `mails`.
 */
export async function startSmtp(options: { user?: string; password?: string; rejectTo?: string } = {}) {
  const mails: ReceivedMail[] = [];
  const user = options.user ?? 'workshop';
  const password = options.password ?? 's3cret-pass';
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (address.address === options.rejectTo) callback(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelope = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) };
        mails.push(parseMail(Buffer.concat(chunks).toString('latin1').replace(/[\x80-\xff]/g, (c) => c), envelope));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port, user, password, mails };
}

/** A TCP server that takes connections and never says a word: an SMTP server that hangs. */
export async function startSilentServer() {
  const sockets = new Set<Socket>();
  const server: Server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { port: (server.address() as AddressInfo).port, connections: () => sockets.size };
}

/** A port on 127.0.0.1 where nothing listens (taken and given back): an SMTP server that refuses the connection. */
export async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface GatewayRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A local HTTP server playing an SMS gateway: it answers as `mode` says at the time of the request (200, 500, or
 * never: a hung gateway), and keeps every request it got.
 */
export async function startGateway() {
  const requests: GatewayRequest[] = [];
  const state = { mode: 'ok' as 'ok' | 'error' | 'hang' };
  const hanging = new Set<ServerResponse>();
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (state.mode === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(state.mode === 'ok' ? 200 : 500, { 'content-type': 'application/json' });
      res.end(state.mode === 'ok' ? '{"status":"queued"}' : '{"error":"gateway down"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`, requests, state };
}
