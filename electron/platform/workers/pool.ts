import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorCode, type FieldErrors } from '../../../shared/platform/result.js';
import type { TaskTable } from './serve.js';

/** What one job may use: past the time its worker is terminated; past the heap the worker dies, never the process. */
export interface Limits {
  timeoutMs: number;
  /** The worker's old-generation heap in MB (`resourceLimits.maxOldGenerationSizeMb`). */
  heapMb: number;
}

/** A job's own limits, and whether its worker is to go once it is done (a big job: its heap goes back at once). */
export type RunOptions = Partial<Limits> & { discardAfter?: boolean };

/** Why a job ended without an answer. */
export type Stopped = 'timeout' | 'memory' | 'crashed';

type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; code?: ErrorCode; fields?: FieldErrors } };

interface Job {
  id: number;
  task: string;
  args: unknown[];
  limits: Limits;
  discardAfter: boolean;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** The workers there are: each an entry of its own here, bundled as `<name>.mjs`. */
export type WorkerName = 'pdfWorker' | 'registryWorker';

/**
 * A worker's code. Built, it is `<name>.mjs` beside the bundle that runs (out/main/main.js and web.js; the
 * benchmark's out/bench/*.mjs): build/bundle-main.mjs writes it. From the TypeScript sources (Vitest, tsx) a small
 * bootstrap registers tsx's loader in the new thread (a worker does not inherit Vitest's transform), then loads
 * `<name>.ts`.
 */
function workerScript(name: WorkerName): { file: string; workerData?: { entry: string } } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { file: fileURLToPath(new URL('./tsBoot.mjs', here)), workerData: { entry: new URL(`./${name}.ts`, here).href } };
  return { file: fileURLToPath(new URL(`./${name}.mjs`, here)) };
}

/**
 * One worker thread and its queue: jobs run one at a time (the PCs have two cores, and the main thread needs one),
 * each with a time limit, in a worker with a heap limit. A job past its time is stopped by terminating its worker;
 * a worker that runs out of memory or crashes fails its job and the next job gets a new worker. The worker is
 * kept `idleMs` after its last job (0, or a job run with `discardAfter`: it goes at once, and its heap with it),
 * and never keeps the process alive when there is no job.
 */
export class WorkerLane<Tasks extends TaskTable> {
  private worker: Worker | undefined;
  private workerHeapMb = 0;
  private readonly queue: Job[] = [];
  private current: Job | undefined;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  private idle: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;

  constructor(
    private readonly options: {
      worker: WorkerName;
      limits: Limits;
      idleMs: number;
      /** The error a job gets when it was stopped (`cause`: what the crashed worker said). */
      stopped(reason: Stopped, limits: Limits, cause?: Error): Error;
    },
  ) {}

  run<N extends keyof Tasks & string>(task: N, args: Parameters<Tasks[N]>, options: RunOptions = {}): Promise<Awaited<ReturnType<Tasks[N]>>> {
    const { discardAfter = false, ...limits } = options;
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, task, args, limits: { ...this.options.limits, ...limits }, discardAfter, resolve: resolve as Job['resolve'], reject };
      this.queue.push(job);
      this.pump();
    });
  }

  /** Stop the worker (and fail what is queued): the backend is closing. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(this.options.stopped('crashed', job.limits));
    const job = this.current;
    this.finish();
    job?.reject(this.options.stopped('crashed', job.limits));
    await this.discard();
  }

  private pump(): void {
    if (this.current || !this.queue.length) return;
    const job = this.queue.shift()!;
    this.current = job;
    clearTimeout(this.idle);
    let worker: Worker;
    try {
      worker = this.workerFor(job.limits);
    } catch (error) {
      this.finish();
      job.reject(error as Error);
      return this.pump();
    }
    worker.ref();
    this.deadline = setTimeout(() => {
      if (this.current !== job) return;
      this.finish();
      void this.discard();
      job.reject(this.options.stopped('timeout', job.limits));
      this.pump();
    }, job.limits.timeoutMs);
    try {
      worker.postMessage({ id: job.id, task: job.task, args: job.args });
    } catch (error) {
      // Arguments that cannot be cloned (a function): this job fails, the worker and the queue go on.
      this.finish();
      job.reject(error as Error);
      this.pump();
    }
  }

  private workerFor(limits: Limits): Worker {
    if (this.worker && this.workerHeapMb === limits.heapMb) return this.worker;
    void this.discard();
    const { file, workerData } = workerScript(this.options.worker);
    const worker = new Worker(file, { workerData, resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
    worker.on('message', (reply: Reply) => this.settle(worker, reply));
    worker.on('error', (error: Error & { code?: string }) => this.died(worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crashed', error));
    worker.on('exit', (code) => this.died(worker, 'crashed', new Error(`the worker exited with code ${code}`)));
    this.worker = worker;
    this.workerHeapMb = limits.heapMb;
    return worker;
  }

  private settle(worker: Worker, reply: Reply): void {
    const job = this.current;
    if (worker !== this.worker || !job || reply.id !== job.id) return;
    this.finish();
    if (reply.ok) job.resolve(reply.value);
    else job.reject(revive(reply.error));
    if (this.options.idleMs === 0 || job.discardAfter) void this.discard();
    else if (!this.queue.length) {
      worker.unref();
      this.idle = setTimeout(() => void this.discard(), this.options.idleMs);
      this.idle.unref();
    }
    this.pump();
  }

  private died(worker: Worker, reason: Stopped, cause: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    const job = this.current;
    if (job) {
      this.finish();
      job.reject(this.options.stopped(reason, job.limits, cause));
    }
    this.pump();
  }

  private finish(): void {
    clearTimeout(this.deadline);
    this.current = undefined;
  }

  private async discard(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    clearTimeout(this.idle);
    await worker?.terminate();
  }
}

/** A DomainError thrown in the worker comes back as one, with its code and fields; anything else as an Error. */
function revive(error: { name: string; message: string; code?: ErrorCode; fields?: FieldErrors }): Error {
  if (error.name === 'DomainError' && error.code) return new DomainError(error.code, error.message, error.fields);
  return new Error(error.message);
}
