/**
 * npm run bench:pii — personal-information detection, measured (issue 6 §5).
 *
 * Precision and recall per type on the labelled corpus (test/fixtures/pii) and the time to scan
 * 1 MB of text. Targets: recall ≥ 0.98 and precision ≥ 0.95 for the structured types, recall ≥ 0.9
 * for names and addresses in context, 1 MB in under 1 s. Results are appended to bench/RESULTS.md.
 */
import { appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPersonalInformation } from '../src/platform/text/pii.js';
import { generateCorpus } from '../test/fixtures/pii/corpus.js';
import { measureDetection } from '../test/fixtures/pii/measure.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = generateCorpus();
const { scores, mistakes } = measureDetection(corpus);

// Speed: the corpus repeated to 1 MB of UTF-8.
const sample = corpus.map((s) => s.text).join('\n');
let big = '';
while (Buffer.byteLength(big) < 1024 * 1024) big += sample + '\n';
findPersonalInformation(big);
const runs = 5;
const started = performance.now();
for (let i = 0; i < runs; i++) findPersonalInformation(big);
const ms = (performance.now() - started) / runs;

const rows = [...scores].map(
  ([type, s]) =>
    `| ${type} | ${s.labelled} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.meetsTarget ? 'met' : 'missed'} |`,
);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
const report = `
## bench:pii — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

Machine: ${machine}. Corpus: ${corpus.length} sentences (test/fixtures/pii), ${corpus.reduce((n, s) => n + s.spans.length, 0)} labelled spans.

| type | labelled | precision | recall | target |
| --- | ---: | ---: | ---: | --- |
${rows.join('\n')}

- Scanning 1 MB of text: ${ms.toFixed(0)} ms (target < 1000 ms).
${
  mistakes.length
    ? `- Mistakes (first 10):\n${mistakes
        .slice(0, 10)
        .map((m) => `  - ${m}`)
        .join('\n')}`
    : '- No mistakes on this corpus.'
}
`;
console.log(report);
if (!process.env.BENCH_NO_RECORD) appendFileSync(path.join(root, 'bench', 'RESULTS.md'), report);
