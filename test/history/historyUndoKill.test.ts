import { type ChildProcess, spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/platform/store/store.js';
import { openBackend, TEST_PIN, tempDir } from '../platform/helpers.js';

const ORDERS = 2_000;
/** The kills, as fractions of how long an acknowledged undo took: before, during and around its journal append. */
const KILL_AT = [0.4, 0.7, 0.85, 1, 1.15];
const ROUNDS = KILL_AT.length;

/** Orders of 500 customers with a unit each, one row per order (the generic template's English headers). */
function historyCsv(): string {
  const rows = ['Order number,Received,Handed back,Customer,Phone,Brand,Model,Serial number'];
  for (let i = 0; i < ORDERS; i++) {
    const c = i % 500;
    rows.push(`K-${i},2025-0${(i % 9) + 1}-10,2025-0${(i % 9) + 1}-20,Customer ${c},+7 900 ${String(c).padStart(7, '0')},Kill,Model ${c},KS-${c}`);
  }
  return `${rows.join('\n')}\n`;
}

/**
 * Start the undo in a process of its own and kill it with SIGKILL `delayMs` after it asked (or, 'done', once it is
 * acknowledged: how long an undo takes on this machine, so that the other kills are spread over it).
 */
function undoAndKill(dataDir: string, staffId: string, batch: string, delayMs: number | 'done'): Promise<{ acknowledged: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'test/history/crash/undoWorker.ts', dataDir, staffId, TEST_PIN, batch], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    let asked = 0;
    let ms = 0;
    child.stdout!.on('data', (chunk: Buffer) => {
      const before = output;
      output += chunk.toString();
      if (!before.includes('UNDOING') && output.includes('UNDOING')) {
        asked = performance.now();
        if (delayMs !== 'done') setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
      if (!before.includes('DONE') && output.includes('DONE')) {
        ms = performance.now() - asked;
        if (delayMs === 'done') child.kill('SIGKILL');
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve({ acknowledged: output.includes('DONE'), ms }) : reject(new Error(`the undo ended by itself: ${errors}`))));
  });
}

describe('undoing an import, killed', () => {
  it(`leaves all of the import or none of it, whatever moment of the undo a SIGKILL comes (${ROUNDS} kills)`, async () => {
    const dataDir = await tempDir();
    const t = await openBackend({ dataDir });
    const member = await t.public.ok('staff.create', { name: 'Kill Manager', role: 'manager', pin: TEST_PIN });
    const manager = await t.signIn(member);
    const imported = await manager.ok('history.import', { fileName: 'kill.csv', contentBase64: Buffer.from(historyCsv()).toString('base64'), system: 'Kill' });
    expect(imported.counts).toMatchObject({ newOrders: ORDERS, newCustomers: 500, newDevices: 500 });
    await t.close();

    const outcomes: string[] = [];
    let undoMs = 0;
    // The first round is killed once its undo is acknowledged; the others at moments spread over an undo that long.
    for (let round = 0; round <= ROUNDS; round++) {
      const copy = await tempDir();
      await cp(dataDir, copy, { recursive: true });
      const { acknowledged, ms } = await undoAndKill(copy, member.id, imported.batch, round === 0 ? 'done' : Math.round(KILL_AT[round - 1] * undoMs));
      if (round === 0) undoMs = ms;
      const store = await openStore(copy);
      try {
        const of = (records: readonly { imported?: { batch: string } }[]) => records.filter((r) => r.imported?.batch === imported.batch).length;
        const left = [of(store.orders.all()), of(store.customers.all()), of(store.devices.all())];
        // All of the import, or none of it: never orders without their customers, nor some orders of it.
        expect([[ORDERS, 500, 500], [0, 0, 0]], `round ${round + 1}`).toContainEqual(left);
        // An undo acknowledged before the kill is kept.
        if (acknowledged) expect(left).toEqual([0, 0, 0]);
        outcomes.push(left[0] === 0 ? (acknowledged ? 'undone (acknowledged)' : 'undone') : 'not undone');
      } finally {
        await store.close();
      }
    }
    expect(outcomes[0]).toBe('undone (acknowledged)');
    console.info(`[undo kill] an undo of ${ORDERS} orders took ${undoMs.toFixed(0)} ms; kills: ${outcomes.join(', ')}`);
  }, 240_000);
});
