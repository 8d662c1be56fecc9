#!/usr/bin/env node
// Rewrites the generated parts of the schema and the docs from the registries (run by `npm run docs`, which
// builds first; tests fail when the committed files differ):
//   schemas/clnrm.schema.json  the fault `type` enum and one block per fault (its parameters, what it targets and
//                              references: the loader reads these), the wait conditions, the probe `type` enum and
//                              one parameter block per probe kind
//   docs/format.md             the whole reference, from the schema
//   docs/chaos.md              the fault catalogue and evidence tables
//   docs/expectations.md       the expectation kinds and the always-true tables
//   src/load/suite-validator.generated.ts  the validator precompiled from the schema (the CLI does not compile it)
//   src/load/suite-validator-fast.generated.ts  the same documents' yes/no validator (schema-compile.ts, fastSchema)
//   src/load/fault-facts.generated.ts  what each fault type targets, references and requires (fault-facts.ts)
import { readFileSync, writeFileSync } from 'node:fs';
import { FAULT_TYPES } from '../dist/chaos/registry.js';
import { CATALOGUE_HEADER, EVIDENCE_HEADER, faultCatalogueMarkdown, faultEvidenceMarkdown, withFaultKinds } from '../dist/chaos/generate.js';
import { renderFormatDoc, replaceTable, schemaText } from '../dist/load/format-doc.js';
import { withWaitConditions } from '../dist/runtime/wait/index.js';
import { withProbeKinds } from '../dist/runtime/probes/index.js';
import { alwaysTrueFormsMarkdown } from '../dist/load/always-true.js';
import { fastValidatorSource, validatorSource } from '../dist/load/schema-compile.js';
import { faultFactsSource } from '../dist/load/fault-facts.js';
import { EXPECTATION_KINDS_HEADER, expectationKindsMarkdown } from '../dist/validate/index.js';

const url = (path) => new URL(`../${path}`, import.meta.url);
const write = (path, text) => {
  writeFileSync(url(path), text);
  console.log(`wrote ${path}`);
};

const schema = withProbeKinds(withWaitConditions(withFaultKinds(JSON.parse(readFileSync(url('schemas/clnrm.schema.json'), 'utf8')), FAULT_TYPES)));
write('schemas/clnrm.schema.json', schemaText(schema));
write('src/load/suite-validator.generated.ts', validatorSource(JSON.parse(schemaText(schema))));
write('src/load/suite-validator-fast.generated.ts', fastValidatorSource(JSON.parse(schemaText(schema))));
write('src/load/fault-facts.generated.ts', faultFactsSource(JSON.parse(schemaText(schema))));
write('docs/format.md', renderFormatDoc(schema));
const chaos = replaceTable(readFileSync(url('docs/chaos.md'), 'utf8'), CATALOGUE_HEADER, faultCatalogueMarkdown(FAULT_TYPES), 'docs/chaos.md');
write('docs/chaos.md', replaceTable(chaos, EVIDENCE_HEADER, faultEvidenceMarkdown(FAULT_TYPES), 'docs/chaos.md'));
const expectations = replaceTable(readFileSync(url('docs/expectations.md'), 'utf8'), '| key | always-true forms', alwaysTrueFormsMarkdown().trimEnd(), 'docs/expectations.md');
write('docs/expectations.md', replaceTable(expectations, EXPECTATION_KINDS_HEADER, expectationKindsMarkdown(), 'docs/expectations.md'));
