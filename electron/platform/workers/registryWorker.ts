import { readRegistryFile } from '../../registry/index.js';
import { analyseRegistryFile } from '../../registry/index.js';
import { analyseHistoryFile } from '../../history/index.js';
import { serve } from './serve.js';

/** The spreadsheet worker (bundled as out/main/registryWorker.mjs): reads and checks registry and history files (CSV, XLSX). */
const REGISTRY_TASKS = { readRegistryFile, analyseRegistryFile, analyseHistoryFile };
export type RegistryTasks = typeof REGISTRY_TASKS;

serve(REGISTRY_TASKS);
