#!/usr/bin/env node
// `npm run security:scan`: electronegativity over the Electron shell and the renderer's page. It lives in this
// folder with its own lock file because it brings TypeScript 4, which must not meet the project's own TypeScript.
// Every finding must be explained in accepted.json (with the test that proves the explanation), or the scan fails.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bin = join(here, 'node_modules', '.bin', 'electronegativity');

if (!existsSync(bin)) {
  console.log('Installing electronegativity into build/electronegativity (its own TypeScript 4)...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', here], { stdio: 'inherit' });
}

// What the scanner reads: the shell's sources and the page the renderer is served in.
const input = mkdtempSync(join(tmpdir(), 'electronegativity-'));
cpSync(join(root, 'electron'), join(input, 'electron'), { recursive: true });
cpSync(join(root, 'renderer', 'index.html'), join(input, 'index.html'));
const sarif = join(input, 'findings.sarif');
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron.replace(/^[^\d]*/, '');

try {
  // The scanner also asks GitHub for Electron's release notes; offline it says so and goes on.
  execFileSync(bin, ['-i', input, '-e', electronVersion, '-r', '-o', sarif], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 });
  const run = JSON.parse(readFileSync(sarif, 'utf8')).runs[0];
  const accepted = JSON.parse(readFileSync(join(here, 'accepted.json'), 'utf8')).findings;
  const findings = run.results.map((result) => {
    const location = result.locations[0].physicalLocation;
    const file = location.artifactLocation.uri;
    const line = location.region?.startLine ?? 0;
    // The finding's line and the next one; for a page, the whole page (an explained CSP is the exact policy).
    const lines = readFileSync(join(input, file), 'utf8').split('\n');
    const sample = file.endsWith('.html') ? lines.join('\n') : `${lines[line - 1] ?? ''}\n${lines[line] ?? ''}`;
    return { check: result.ruleId, file, line, sample, message: result.message.text };
  });
  const unexplained = findings.filter(
    (f) => !accepted.some((a) => a.check === f.check && a.file === f.file && f.sample.includes(a.sample)),
  );
  for (const f of findings) {
    const why = accepted.find((a) => a.check === f.check && a.file === f.file && f.sample.includes(a.sample));
    console.log(`${why ? 'explained  ' : 'UNEXPLAINED'} ${f.check} ${f.file}:${f.line}${why ? '' : ` — ${f.message}`}`);
  }
  console.log(`electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${unexplained.length} unexplained.`);
  if (unexplained.length) process.exitCode = 1;
} finally {
  rmSync(input, { recursive: true, force: true });
}
