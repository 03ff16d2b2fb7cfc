import { readRegistryFile } from '../../registry/index.js';
import { analyseRegistryFile } from '../../registry/index.js';
import { serve } from './serve.js';

/** The spreadsheet worker (bundled as out/main/registryWorker.mjs): reads and checks registry files (CSV, XLSX). */
const REGISTRY_TASKS = { readRegistryFile, analyseRegistryFile };
export type RegistryTasks = typeof REGISTRY_TASKS;

serve(REGISTRY_TASKS);
