import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
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
});
