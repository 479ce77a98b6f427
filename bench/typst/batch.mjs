// Typst's batch cost: one process, one compiler, every .typ file of a folder compiled to PDF in turn
// (distinct documents, so Typst's caches help only as much as they would in real use).
// Prints "documents cpu_ms" on one line; the PDFs are written beside for page counting.
// Usage: node batch.mjs FONT_DIR DIR
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [fontDir, dir] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.typ')).sort();
const start = process.cpuUsage();
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir] }] });
for (const f of files) {
  writeFileSync(join(dir, f.replace(/\.typ$/, '.pdf')), compiler.pdf({ mainFileContent: readFileSync(join(dir, f), 'utf8') }));
  compiler.evictCache(10);
}
const used = process.cpuUsage(start);
console.log(files.length, ((used.user + used.system) / 1000).toFixed(0));
