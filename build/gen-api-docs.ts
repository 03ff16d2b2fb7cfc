import { writeFileSync } from 'node:fs';
import { renderApiDocs } from './apiDocs.js';

writeFileSync('docs/api.md', renderApiDocs());
console.log('docs/api.md written');
