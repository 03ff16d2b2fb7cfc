import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/channels.js';
import { isFieldReason } from '../../shared/platform/result.js';

/** The messages an input schema gives its checks (`.min(1, 'required')`, `z.iso.date('invalid_date')`, `.refine(…, 'x')`). */
function schemaMessages(schema: unknown): string[] {
  const seen = new Set<unknown>();
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    if (typeof def.error === 'function') {
      const message = (def.error as (issue: unknown) => unknown)({});
      if (typeof message === 'string') found.push(message);
    }
    for (const value of Object.values(def)) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        walk(value);
        Object.values(value).forEach(walk);
      }
    }
  };
  walk(schema);
  return found;
}

describe('field reasons', () => {
  it('every reason a channel input names is one of the closed set, which has a message in every language', () => {
    const named = Object.entries(channels).flatMap(([channel, { input }]) => schemaMessages(input).map((message) => ({ channel, message })));
    expect(new Set(named.map((n) => n.message)).size).toBeGreaterThan(10);
    expect(named.filter((n) => !isFieldReason(n.message))).toEqual([]);
  });
});
