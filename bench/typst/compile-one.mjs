// One cold Typst run, as a user would start it: load the compiler, read the .typ file, write one PDF.
// Usage: node compile-one.mjs FONT_DIR IN.typ OUT.pdf
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { readFileSync, writeFileSync } from 'node:fs';

const [fontDir, input, output] = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir] }] });
writeFileSync(output, compiler.pdf({ mainFileContent: readFileSync(input, 'utf8') }));
