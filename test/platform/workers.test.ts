import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_REGISTRY_ROWS, readRegistryFile } from '../../electron/registry/registryFile.js';
import { WorkerLane } from '../../electron/platform/workers/pool.js';
import { analyseRegistry } from '../../electron/platform/workers/registry.js';
import type { RegistryTasks } from '../../electron/platform/workers/registryWorker.js';
import { intakeInput, openBackend, staffedWorkshop } from './helpers.js';
import { xlsx } from './zipFixture.js';

const b64 = (bytes: Buffer) => bytes.toString('base64');
const csvOf = (rows: number) => Buffer.from(['serial,brand,model', ...Array.from({ length: rows }, (_, i) => `SN-${i},Acme,Kettle ${i % 7}`)].join('\n'));
const workbookOf = (rows: number) => xlsx({ rows: [['serial', 'brand', 'model'], ...Array.from({ length: rows }, (_, i) => [`SN-${i}`, 'Acme', `Kettle ${i}`])] });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PDF rendering off the main thread', () => {
  it("renders an issued document in the PDF worker: the main thread's pdfkit draws nothing", async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    const { order } = await manager.ok('orders.create', intakeInput());
    const end = vi.spyOn(PDFDocument.prototype, 'end');
    const act = await manager.ok('orders.intakeAct', { orderId: order.id, language: 'he' });
    const { pdfBase64 } = await manager.ok('documents.content', { id: act.id });
    expect(Buffer.from(pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(end).not.toHaveBeenCalled();
  });
});

describe('registry files are checked before they are parsed', () => {
  it('refuses a zip bomb named .xlsx by what its directory declares', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    // 100 MB of spaces pack into about 100 KB.
    const bomb = xlsx({ sheet: Buffer.alloc(100 * 2 ** 20, 32) });
    expect(bomb.length).toBeLessThan(2 ** 20);
    const result = await clerk.call('registry.preview', { fileName: 'sales.xlsx', contentBase64: b64(bomb) });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { file: 'too_large' } } });
  });

  it('refuses a workbook that unpacks to more than its directory declares', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const sheet = Buffer.concat([Buffer.from('<worksheet><sheetData>'), Buffer.alloc(60 * 2 ** 20, 32), Buffer.from('</sheetData></worksheet>')]);
    const liar = xlsx({ sheet, declaredSheetSize: 4096 });
    const result = await clerk.call('registry.preview', { fileName: 'sales.xlsx', contentBase64: b64(liar) });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { file: 'too_large' } } });
  });

  it('counts the rows of a workbook before ExcelJS parses it', async () => {
    const parse = vi.spyOn(ExcelJS.Workbook.prototype, 'xlsx', 'get');
    await expect(readRegistryFile('big.xlsx', workbookOf(MAX_REGISTRY_ROWS + 1))).rejects.toMatchObject({ code: 'validation', fields: { file: 'too_many' } });
    expect(parse).not.toHaveBeenCalled();
    await expect(readRegistryFile('small.xlsx', workbookOf(2))).resolves.toMatchObject({ rows: [['SN-0', 'Acme', 'Kettle 0'], ['SN-1', 'Acme', 'Kettle 1']] });
  });

  it('stops reading a CSV just past the row limit', async () => {
    const parse = vi.spyOn(Papa, 'parse');
    await expect(readRegistryFile('big.csv', csvOf(MAX_REGISTRY_ROWS + 50))).rejects.toMatchObject({ code: 'validation', fields: { file: 'too_many' } });
    const parsed = parse.mock.results[0].value as Papa.ParseResult<string[]>;
    expect(parsed.data.length).toBeLessThanOrEqual(MAX_REGISTRY_ROWS + 2);
    await expect(readRegistryFile('limit.csv', csvOf(MAX_REGISTRY_ROWS))).resolves.toMatchObject({ headers: ['serial', 'brand', 'model'] });
  });
});

describe('worker limits', () => {
  const lane = (limits = { timeoutMs: 60_000, heapMb: 512 }) =>
    new WorkerLane<RegistryTasks>({ worker: 'registryWorker', limits, idleMs: 0, stopped: (reason) => new Error(`stopped: ${reason}`) });

  it('stops a job past its time limit, and the next job gets a worker of its own', async () => {
    const worker = lane();
    // No worker starts, let alone reads 100,000 rows, in a millisecond.
    await expect(worker.run('readRegistryFile', ['big.csv', csvOf(MAX_REGISTRY_ROWS)], { timeoutMs: 1 })).rejects.toThrow('stopped: timeout');
    await expect(worker.run('readRegistryFile', ['small.csv', csvOf(1)])).resolves.toEqual({ headers: ['serial', 'brand', 'model'], rows: [['SN-0', 'Acme', 'Kettle 0']] });
    await worker.close();
  });

  it('a file that needs more memory than the worker may use is refused as too large; the process lives on', async () => {
    // 100,000 rows need about 250 MB of heap; a worker starts in less than 64.
    const file = b64(workbookOf(MAX_REGISTRY_ROWS));
    const options = { today: '2026-06-01', catalogue: [] };
    await expect(analyseRegistry('big.xlsx', file, options, { heapMb: 96 })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('more than 96 MB'),
      fields: { file: 'too_large' },
    });
    await expect(analyseRegistry('small.csv', b64(csvOf(2)), options)).resolves.toMatchObject({ counts: { rows: 2, valid: 2 } });
  });

  it('fails a job whose arguments cannot cross to the worker, and runs the next one', async () => {
    const worker = lane();
    const uncloneable = ['a.csv', csvOf(1), () => 'a function'] as unknown as [string, Buffer];
    await expect(worker.run('readRegistryFile', uncloneable)).rejects.toThrow(/could not be cloned/);
    await expect(worker.run('readRegistryFile', ['small.csv', csvOf(1)])).resolves.toMatchObject({ rows: [['SN-0', 'Acme', 'Kettle 0']] });
    await worker.close();
  });

  it('gives a DomainError from the worker back with its code and fields', async () => {
    const worker = lane();
    await expect(worker.run('readRegistryFile', ['latin1.csv', Buffer.from([0x53, 0x4e, 0x3b, 0xc9, 0xe9, 0x0a])])).rejects.toMatchObject({
      name: 'DomainError',
      code: 'validation',
      fields: { file: 'encoding' },
    });
    await worker.close();
  });
});
