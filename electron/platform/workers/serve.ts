import { parentPort } from 'node:worker_threads';

/** What a worker can be asked to do: functions of structured-cloneable arguments to a promised result. */
export type TaskTable = Record<string, (...args: never[]) => Promise<unknown>>;

/**
 * A worker thread's side of pool.ts: runs one task per message and answers with its value or its error (a
 * DomainError keeps its name, code and fields). A result's bytes (a PDF) are moved to the main thread, not copied.
 */
export function serve(tasks: TaskTable): void {
  const port = parentPort;
  if (!port) throw new Error('serve() runs in a worker thread.');
  port.on('message', async ({ id, task, args }: { id: number; task: string; args: unknown[] }) => {
    try {
      const value = await (tasks[task] as (...args: unknown[]) => Promise<unknown>)(...args);
      const whole = value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength;
      port.postMessage({ id, ok: true, value }, whole ? [value.buffer as ArrayBuffer] : []);
    } catch (error) {
      const { name = 'Error', message = String(error), code, fields } = error as { name?: string; message?: string; code?: string; fields?: unknown };
      port.postMessage({ id, ok: false, error: { name, message, code, fields } });
    }
  });
}
