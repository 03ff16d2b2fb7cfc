import { readRegistryFile } from '../services/registryFile.js';
import { serve } from './serve.js';

/** The spreadsheet worker (bundled as out/main/registryWorker.mjs): reads registry files (CSV, XLSX). */
const REGISTRY_TASKS = { readRegistryFile };
export type RegistryTasks = typeof REGISTRY_TASKS;

serve(REGISTRY_TASKS);
