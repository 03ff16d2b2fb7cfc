import { z } from 'zod';
import { CHANNEL_NAMES, channels, isPublicChannel } from '../shared/channels.js';
import { ERROR_CODES, FIELD_REASONS } from '../shared/platform/result.js';
import { PERMISSIONS } from '../shared/staff/index.js';

/** docs/api.md, generated from the channel table (a test fails when the file and the table disagree). */
export function renderApiDocs(): string {
  const lines = [
    '# Channels',
    '',
    '<!-- Generated from shared/channels.ts by `npm run docs:api`. Do not edit by hand. -->',
    '',
    'Every channel is reached the same way from the desktop app (IPC, `window.workshop.invoke(channel, input)`) and',
    'from the web host (`POST /api/<channel>` with a JSON body, the header `X-Workshop-Token: <token>` and the',
    "host's own `Origin`). Every answer is an envelope:",
    '',
    '```ts',
    '{ ok: true, value: Output } | { ok: false, error: { code, message, fields?, retryAfterMs? } }',
    '```',
    '',
    `\`code\` is one of: ${ERROR_CODES.map((c) => `\`${c}\``).join(', ')}. \`fields\` maps a field path`,
    '(e.g. `customer.phones.0`) to a reason that the UI translates, one of:',
    `${FIELD_REASONS.map((r) => `\`${r}\``).join(', ')}. \`message\` is English, for logs; the UI never shows it.`,
    '`retryAfterMs` says how long until the request may be tried again, where that is known (a sign-in locked out for',
    'wrong PINs: `fields: { pin: \'locked\' }`).',
    'Money is in minor units (cents); dates are `YYYY-MM-DD`, times ISO 8601 in UTC.',
    '',
    'Sessions: `session.signIn` (staff member and PIN) returns a token that goes with every later request (IPC: the',
    'argument after the input; HTTP: the header `X-Workshop-Session`). Only the channels marked *no sign-in* answer',
    'without one (`unauthenticated` otherwise). A request names no actor: who acts is the session\'s member (a field the',
    'input does not know, such as `actorId`, is refused as `unknown_field`), and the services check that member\'s',
    'role (`forbidden`, `fields: { _: \'role\' }` otherwise).',
    '',
    'Who may do what (`shared/staff/permissions.ts`, the table the services check and the screens read; an action not',
    'listed is open to every signed-in member):',
    '',
    '| action | roles |',
    '|---|---|',
    ...Object.entries(PERMISSIONS).map(([action, roles]) => `| \`${action}\` | ${roles.join(', ')} |`),
    '',
    '| channel | what it does |',
    '|---|---|',
    ...CHANNEL_NAMES.map((name) => `| [\`${name}\`](#${name.replace('.', '').toLowerCase()}) | ${channels[name].summary} |`),
    '',
  ];
  for (const name of CHANNEL_NAMES) {
    const channel = channels[name];
    lines.push(
      `## ${name}`,
      '',
      isPublicChannel(name) ? `${channel.summary} *No sign-in needed.*` : channel.summary,
      '',
      '<details><summary>Input (JSON Schema)</summary>',
      '',
      '```json',
      JSON.stringify(z.toJSONSchema(channel.input, { io: 'input', unrepresentable: 'any' }), null, 2),
      '```',
      '',
      '</details>',
      '',
      '<details><summary>Output (JSON Schema)</summary>',
      '',
      '```json',
      JSON.stringify(z.toJSONSchema(channel.output, { io: 'output', unrepresentable: 'any' }), null, 2),
      '```',
      '',
      '</details>',
      '',
    );
  }
  return lines.join('\n');
}
