// Measures importing a registry of sold units: 10,000 rows as CSV and as XLSX, on a real data folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { startBackend } from '../../electron/backend.js';
import { localClient } from '../localClient.js';
import { imeiCheckDigit } from '../../shared/devices/imei.js';

const ROWS = Number(process.env.REGISTRY_ROWS ?? 10_000);

function rows(): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const body = `3529061${String(i).padStart(7, '0')}`;
    const day = String((i % 28) + 1).padStart(2, '0');
    out.push([`SN-${i}`, body + imeiCheckDigit(body), 'Samsung', `Galaxy A${i % 50}`, `${day}.0${(i % 9) + 1}.2025`, '12', 'ООО «Техника»', `Покупатель ${i}`, `+7 900 ${String(i).padStart(7, '0')}`]);
  }
  return out;
}

async function measure(label: string, fileName: string, content: Buffer): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'workshop-bench-'));
  const backend = await startBackend(dir, { version: 'bench', desktop: false });
  const client = localClient(backend);
  const member = await client.public.call('staff.create', { name: 'Bench', role: 'manager', pin: '2468' });
  const manager = await client.as(member.id, '2468');
  const input = { fileName, contentBase64: content.toString('base64') };
  let started = performance.now();
  const first = await manager.call('registry.import', input);
  const firstMs = performance.now() - started;
  started = performance.now();
  const again = await manager.call('registry.import', input);
  const againMs = performance.now() - started;
  console.log(
    `${label.padEnd(6)} ${String(ROWS).padStart(6)} rows  ${(content.length / 1024).toFixed(0).padStart(6)} KiB  ` +
      `first import ${firstMs.toFixed(0).padStart(5)} ms (${first.created} created)  ` +
      `re-import ${againMs.toFixed(0).padStart(5)} ms (${again.unchanged} unchanged)`,
  );
  await backend.close();
  await rm(dir, { recursive: true, force: true });
}

const header = ['Серийный номер', 'IMEI', 'Марка', 'Модель', 'Дата продажи', 'Гарантия', 'Продавец', 'Покупатель', 'Телефон'];
const data = rows();
const csv = Buffer.from(`\ufeff${[header, ...data].map((r) => r.join(';')).join('\r\n')}\r\n`);
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Продажи');
sheet.addRow(header);
for (const row of data) sheet.addRow(row);
const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());

console.log(`Registry import on ${process.platform}/${process.arch}, Node ${process.version}`);
await measure('CSV', 'sales.csv', csv);
await measure('XLSX', 'sales.xlsx', xlsx);
