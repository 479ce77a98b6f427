// Converts every NAME.bao-cao.md given into NAME.typ in the output folder (see markdown-to-typst.mjs).
// Usage: node convert.mjs OUT_DIR FILE.md...
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { toTypst } from './markdown-to-typst.mjs';

const [outDir, ...files] = process.argv.slice(2);
for (const file of files)
  writeFileSync(join(outDir, basename(file).replace(/\.bao-cao\.md$/, '.typ')), toTypst(readFileSync(file, 'utf8')));
