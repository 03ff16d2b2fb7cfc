import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import semver from 'semver';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('packaging', () => {
  it("electron-builder.yml is valid against electron-builder's own configuration schema", async () => {
    const schema = JSON.parse(await readFile(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const config = parse(await readFile('electron-builder.yml', 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('builds a Windows installer, an AppImage and a deb from the built output', async () => {
    const config = parse(await readFile('electron-builder.yml', 'utf8'));
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.files).toContain('out/**/*');
    const pkg = JSON.parse(await readFile('package.json', 'utf8'));
    expect(pkg.main).toBe(config.extraMetadata.main);
    expect(pkg.dependencies).not.toHaveProperty('electron');
    expect(pkg.devDependencies).toHaveProperty('electron');
  });

  /**
   * The README names the Node the project needs (the oldest of its range and the next LTS); an install there prints
   * no engine warning: every locked package accepts both. Electron 45 (in support) and i18next 27 need Node 22.12+,
   * eslint 10's packages 22.13+.
   */
  it('installs without an engine warning on the Node the README names', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8'));
    const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } }> };
    const readme = await readFile('README.md', 'utf8');
    const named = /Node (\d+\.\d+) or later/.exec(readme)?.[1];
    expect(named).toBeDefined();
    expect(pkg.engines.node).toBe(`>=${named}`);
    for (const node of [`${named}.0`, '24.0.0']) {
      const refusing = Object.entries(lock.packages)
        .filter(([, entry]) => typeof entry.engines?.node === 'string' && !semver.satisfies(node, entry.engines.node, { includePrerelease: true }))
        .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')} wants ${entry.engines?.node}`);
      expect(refusing, `Node ${node}`).toEqual([]);
    }
  });
});
