import { DomainError } from '../../../shared/platform/result.js';
import { isXlsx } from '../../registry/index.js';
import type { RegistryAnalysis, analyseRegistryFile } from '../../registry/index.js';
import type { HistoryAnalysis, analyseHistoryFile } from '../../history/index.js';
import { WorkerLane } from './pool.js';
import type { RegistryTasks } from './registryWorker.js';
import { checkZipBudget, zipEntries } from './zip.js';

/** Reading a registry of 100,000 rows takes about 6 s and 600 MB of heap on a small PC: these limits leave room. */
export const REGISTRY_LIMITS = { timeoutMs: 60_000, heapMb: 1024 };

/** A file this large (some 30,000 rows) leaves a big heap behind: its worker goes as soon as it is read. */
const BIG_FILE = 4 * 2 ** 20;

const lane = new WorkerLane<RegistryTasks>({
  worker: 'registryWorker',
  limits: REGISTRY_LIMITS,
  // Kept a minute for the import that follows a preview (starting one loads ExcelJS: about 0.5 s of CPU); after a
  // big file the worker goes at once, and its heap with it.
  idleMs: 60_000,
  stopped: (reason, limits, cause) =>
    reason === 'crashed'
      ? new DomainError('internal', `The file could not be read: the reader stopped (${cause?.message ?? 'closed'}).`)
      : new DomainError(
          'validation',
          reason === 'timeout'
            ? `Reading the file took longer than ${limits.timeoutMs / 1000} s: split it into smaller files.`
            : `Reading the file needs more than ${limits.heapMb} MB: split it into smaller files.`,
          { file: 'too_large' },
        ),
});

/**
 * A registry file read and checked row by row in a worker thread, with limits on time and memory, so that a big or
 * hostile file never holds up the other requests (registryAnalysis.ts). A workbook whose zip directory declares
 * more than the budget (a zip bomb named .xlsx) is refused here, before a worker is even asked; the worker checks
 * what the entries really unpack to and counts the rows before ExcelJS parses anything (registryFile.ts).
 */
export function analyseRegistry(
  fileName: string,
  contentBase64: string,
  options: Parameters<typeof analyseRegistryFile>[2],
  limits?: Partial<typeof REGISTRY_LIMITS>,
): Promise<RegistryAnalysis> {
  return readInWorker('analyseRegistryFile', fileName, contentBase64, options, limits);
}

/** A workshop's history file, read and checked in the same worker, under the same limits and checks. */
export function analyseHistory(
  fileName: string,
  contentBase64: string,
  options: Parameters<typeof analyseHistoryFile>[2],
  limits?: Partial<typeof REGISTRY_LIMITS>,
): Promise<HistoryAnalysis> {
  return readInWorker('analyseHistoryFile', fileName, contentBase64, options, limits);
}

async function readInWorker<K extends 'analyseRegistryFile' | 'analyseHistoryFile'>(
  task: K,
  fileName: string,
  contentBase64: string,
  options: Parameters<RegistryTasks[K]>[2],
  limits: Partial<typeof REGISTRY_LIMITS> | undefined,
): Promise<Awaited<ReturnType<RegistryTasks[K]>>> {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (isXlsx(fileName, bytes)) checkZipBudget(zipEntries(bytes));
  return lane.run(task, [fileName, bytes, options] as unknown as Parameters<RegistryTasks[K]>, { ...limits, discardAfter: bytes.length > BIG_FILE }) as Promise<Awaited<ReturnType<RegistryTasks[K]>>>;
}
