import { access, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { copyFileDurably, fsyncFolder, writeFileDurably } from './durableWrite.js';

/** Files that replace the data (a restore, an import) are prepared here, inside the data folder (same disk). */
export const STAGING = '.replace-staging';
const OLD = '.replace-old';
const JOURNAL = '.replace-journal.json';

interface Journal {
  state: 'swapping' | 'committed';
  /** Entries of the data folder being replaced (files or folders, relative to it). */
  names: string[];
  /** Those of them that existed before (the others are new). */
  existed: string[];
}

/** Test hook: called after each step of a swap (a test stops there, as a kill would). */
export type SwapStep = (step: string) => void | Promise<void>;

const exists = (path: string) => access(path).then(() => true, () => false);

/** A rename into a folder that may not exist yet (names may be files inside collection folders). */
async function move(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to);
}

/** An empty staging folder in the data folder. */
export async function prepareStaging(dataDir: string): Promise<string> {
  const staging = join(dataDir, STAGING);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  return staging;
}

/** Copy a tree of files into the staging folder, every file written durably. */
export async function stageTree(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      await mkdir(target, { recursive: true });
      await stageTree(source, target);
    } else if (entry.isFile()) {
      await mkdir(dirname(target), { recursive: true });
      await copyFileDurably(source, target);
    }
  }
  await fsyncFolder(to);
}

/**
 * Put the staged entries in place of the data folder's `names` so that an interruption at any point leaves either
 * the old data or the new, never a mix: a journal is written first; each old entry is moved aside before its new
 * one is moved in (renames within one disk); the journal then says "committed", and only after that is the old data
 * removed. A start that finds a journal not committed moves the old entries back (finishInterruptedSwap).
 */
export async function swapIn(dataDir: string, names: readonly string[], onStep?: SwapStep): Promise<void> {
  const staging = join(dataDir, STAGING);
  const old = join(dataDir, OLD);
  await rm(old, { recursive: true, force: true });
  await mkdir(old, { recursive: true });
  const existed: string[] = [];
  for (const name of names) if (await exists(join(dataDir, name))) existed.push(name);
  await writeJournal(dataDir, { state: 'swapping', names: [...names], existed });
  await onStep?.('journal');
  for (const name of names) {
    if (existed.includes(name)) await move(join(dataDir, name), join(old, name));
    await onStep?.(`aside:${name}`);
    if (await exists(join(staging, name))) await move(join(staging, name), join(dataDir, name));
    await onStep?.(`in:${name}`);
  }
  await fsyncFolder(dataDir);
  await writeJournal(dataDir, { state: 'committed', names: [...names], existed });
  await onStep?.('committed');
  await cleanUp(dataDir);
}

/**
 * At start-up (and after a failed swap): a swap that was not committed is undone, the old entries going back in
 * place; a committed one is finished. Returns what it did.
 */
export async function finishInterruptedSwap(dataDir: string): Promise<'none' | 'rolled_back' | 'completed'> {
  let journal: Journal | undefined;
  try {
    journal = JSON.parse(await readFile(join(dataDir, JOURNAL), 'utf8')) as Journal;
  } catch {
    journal = undefined;
  }
  if (!journal) {
    // Interrupted while staging: the data was never touched.
    if (await exists(join(dataDir, STAGING))) await rm(join(dataDir, STAGING), { recursive: true, force: true });
    return 'none';
  }
  if (journal.state === 'swapping') {
    const old = join(dataDir, OLD);
    for (const name of journal.names) {
      const target = join(dataDir, name);
      if (await exists(join(old, name))) {
        await rm(target, { recursive: true, force: true });
        await move(join(old, name), target);
      } else if (!journal.existed.includes(name)) {
        // New with the swap, and the swap is undone.
        await rm(target, { recursive: true, force: true });
      }
    }
    await fsyncFolder(dataDir);
  }
  await cleanUp(dataDir);
  return journal.state === 'swapping' ? 'rolled_back' : 'completed';
}

async function cleanUp(dataDir: string): Promise<void> {
  await rm(join(dataDir, OLD), { recursive: true, force: true });
  await rm(join(dataDir, STAGING), { recursive: true, force: true });
  await rm(join(dataDir, JOURNAL), { force: true });
  await fsyncFolder(dataDir);
}

async function writeJournal(dataDir: string, journal: Journal): Promise<void> {
  await writeFileDurably(join(dataDir, JOURNAL), JSON.stringify(journal));
}
