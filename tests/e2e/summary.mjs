// Prints the end-to-end totals as one plain line for CI logs.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('results/report.json', import.meta.url)));
const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
console.log(`e2e: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
if (unexpected > 0) process.exit(1);
