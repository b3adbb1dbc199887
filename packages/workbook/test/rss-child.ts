// Child process of memory.spec: writes a workbook of N synthetic ledger lines
// to /dev/null and prints its peak RSS, so the measurement is this work alone.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { writeWorkbook } from '../src/write-workbook.js';
import { syntheticInput } from './synthetic.js';

const lines = Number(process.argv[2]);
const input = syntheticInput(lines);
const out = createWriteStream('/dev/null');
const closed = once(out, 'close');
const started = performance.now();
await writeWorkbook(input, out);
await closed;
console.log(
  JSON.stringify({
    lines,
    ms: Math.round(performance.now() - started),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
