import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/channels.js';

const features = readdirSync('shared', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('shared', d.name, 'channels.ts')))
  .map((d) => d.name);

describe('the channel table', () => {
  it("is made of the features' own tables, and a channel's prefix names the folder that declares it", async () => {
    const declared: string[] = [];
    for (const feature of features) {
      const table = (await import(`../../shared/${feature}/channels.ts`))[`${feature}Channels`] as Record<string, unknown>;
      expect(table, `shared/${feature}/channels.ts exports ${feature}Channels`).toBeTypeOf('object');
      for (const name of Object.keys(table)) {
        expect(name.split('.')[0], `${name} is declared in shared/${feature}/`).toBe(feature);
        declared.push(name);
      }
    }
    expect([...declared].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('has a feature folder on the backend for every channel prefix', () => {
    for (const prefix of new Set(CHANNEL_NAMES.map((n) => n.split('.')[0]))) {
      expect(existsSync(join('electron', prefix)), `electron/${prefix}/`).toBe(true);
    }
  });
});
