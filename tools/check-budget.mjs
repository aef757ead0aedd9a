// Fails when the shipped files outgrow the committed budget
// (size-budget.json): every byte is paid by every reader, so growth must be
// a decision, recorded with its reason, never an accident.
//
//   node tools/check-budget.mjs www/dist/sizes.json size-budget.json

import { readFileSync } from "node:fs";

const [sizesFile, budgetFile] = process.argv.slice(2);
const sizes = JSON.parse(readFileSync(sizesFile, "utf8"));
const budget = JSON.parse(readFileSync(budgetFile, "utf8"));
const total = sizes.total.brotli;
const limit = budget.brotli_total_bytes;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
if (!Number.isInteger(limit) || limit <= 0) {
  console.error(`check-budget: ${budgetFile} has no valid brotli_total_bytes`);
  process.exit(2);
}
if (total > limit) {
  console.error(`check-budget: the shipped files weigh ${total} B brotli (${kib(total)}), over the budget of ${limit} B (${kib(limit)}).`);
  for (const file of [...sizes.files].sort((a, b) => b.brotli - a.brotli)) {
    console.error(`  ${file.name.padEnd(28)} ${String(file.brotli).padStart(8)} B`);
  }
  console.error(`Make it smaller, or raise the budget in ${budgetFile} in its own commit, with the reason in "history".`);
  process.exit(1);
}
console.log(`check-budget: ${total} B brotli (${kib(total)}) of ${limit} B (${kib(limit)}): ${limit - total} B to spare.`);
