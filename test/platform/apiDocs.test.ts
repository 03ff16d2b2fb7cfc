import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderApiDocs } from '../../build/apiDocs.js';
import { CHANNEL_NAMES } from '../../shared/channels.js';

describe('docs/api.md', () => {
  it('is what the channel table generates (run `npm run docs:api` after changing a channel)', async () => {
    expect(await readFile('docs/api.md', 'utf8')).toBe(renderApiDocs());
  });

  it('documents every channel', () => {
    const docs = renderApiDocs();
    for (const name of CHANNEL_NAMES) expect(docs).toContain(`## ${name}`);
  });
});
