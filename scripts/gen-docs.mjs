#!/usr/bin/env node
// Rewrites docs/format.md from the schema (run by `npm run docs`; a test fails when they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { renderFormatDoc } from '../dist/load/format-doc.js';

const schema = JSON.parse(readFileSync(new URL('../schemas/clnrm.schema.json', import.meta.url), 'utf8'));
writeFileSync(new URL('../docs/format.md', import.meta.url), renderFormatDoc(schema));
console.log('wrote docs/format.md');
