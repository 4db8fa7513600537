#!/usr/bin/env node
// Part of `npm run typecheck:examples`: every TypeScript block of README.md compiles against the
// sources, as a user's strict project would compile it, so the README cannot drift from the API.
// A block that imports nothing continues an earlier one (`cm.request(…)`, `mogul.metrics.arr(…)`):
// it gets the clients and values the README introduced before it, declared with their types.
// Each block is reported by its line in README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { repoRoot } from './lib/consumer.mjs';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const blocks = [];
for (const m of readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)) {
  blocks.push({ line: readme.slice(0, m.index).split('\n').length + 1, code: m[1] });
}
if (blocks.length === 0) throw new Error('README.md has no ```ts blocks: did the format change?');

/** What the README's continuation blocks refer to, declared as the earlier blocks created them. */
const CONTEXT = `import type { ChartMogul } from 'chartstack/chartmogul';
import type { Chartmetric } from 'chartstack/chartmetric';
import type { Soundcharts } from 'chartstack/soundcharts';
declare const mogul: ChartMogul;
declare const cm: Chartmetric;
declare const sc: Soundcharts;
declare const uuid: string;
declare const startDate: string;
declare const endDate: string;
`;

const files = new Map(
  blocks.map((b) => {
    const standalone = /^import\s/m.test(b.code);
    const prefix = standalone ? '' : CONTEXT;
    // The prefix shifts line numbers: remember by how much, to point at README lines.
    return [join(repoRoot, `README.block-${b.line}.ts`), { ...b, text: `${prefix}${b.code}\nexport {};\n`, offset: prefix.split('\n').length - 1 }];
  }),
);

const options = {
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  types: ['node'],
  // What a user's strict project has (without the opt-in index checks the repo itself uses).
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  baseUrl: repoRoot,
  paths: { chartstack: ['./src/index.ts'], 'chartstack/*': ['./src/*/index.ts'] },
};
const host = ts.createCompilerHost(options);
const readFile = host.readFile.bind(host);
const fileExists = host.fileExists.bind(host);
const getSourceFile = host.getSourceFile.bind(host);
host.readFile = (f) => files.get(f)?.text ?? readFile(f);
host.fileExists = (f) => files.has(f) || fileExists(f);
host.getSourceFile = (f, lang, ...rest) => (files.has(f) ? ts.createSourceFile(f, files.get(f).text, lang, true) : getSourceFile(f, lang, ...rest));

const program = ts.createProgram([...files.keys()], options, host);
const problems = ts
  .getPreEmitDiagnostics(program)
  .filter((d) => d.file && files.has(d.file.fileName))
  .map((d) => {
    const block = files.get(d.file.fileName);
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    return `README.md:${block.line + line - block.offset}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
if (problems.length) {
  console.error(`README.md code does not compile against the sources:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`README.md: ${blocks.length} TypeScript blocks compile against the sources.`);
