// Runs a worker from the TypeScript sources (Vitest, tsx): a new thread does not inherit the parent's TypeScript
// transform, so tsx's loader is registered here before entry.ts is loaded. The built application never uses this
// file: its worker is the bundled out/main/workers.mjs (build/bundle-main.mjs).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
