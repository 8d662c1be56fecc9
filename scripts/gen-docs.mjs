#!/usr/bin/env node
// Rewrites docs/format.md from the schema (run by `npm run docs`; a test fails when they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { renderFormatDoc } from '../dist/load/format-doc.js';

const schema = JSON.parse(readFileSync(new URL('../schemas/clnrm.schema.json', import.meta.url), 'utf8'));
writeFileSync(new URL('../docs/format.md', import.meta.url), renderFormatDoc(schema));
console.log('wrote docs/format.md');

// The table of always-true forms in docs/expectations.md: the block of table lines after its header row.
const { alwaysTrueFormsMarkdown } = await import('../dist/load/always-true.js');
const expectationsUrl = new URL('../docs/expectations.md', import.meta.url);
const lines = readFileSync(expectationsUrl, 'utf8').split('\n');
const start = lines.findIndex((l) => l.startsWith('| key | always-true forms'));
if (start < 0) throw new Error('docs/expectations.md: the always-true table header is missing');
let end = start;
while (end < lines.length && lines[end].startsWith('|')) end++;
const table = alwaysTrueFormsMarkdown().trimEnd().split('\n');
lines.splice(start, end - start, ...table);
writeFileSync(expectationsUrl, lines.join('\n'));
console.log('wrote docs/expectations.md (always-true table)');
