/**
 * Measures checking a 500-line script (not a test: timings vary by machine).
 * Run: npx tsx src/dsl/bench/check-500-lines.ts
 */
import { checkScript } from '../index.ts';

const body: string[] = ['extend DiscountFinancialDispersion', 'set f to DefaultFinancialDispersion', 'set p to DefaultProductSetFinancialDispersion', 'set total to 0'];
let i = 0;
while (body.length < 495) {
  body.push(`foreach l${i} in Order.Lines`, `  if l${i}.UnitPrice * l${i}.Quantity > ${i} and User.CustomFields.Tier = 'gold' then`, `    set total to total + l${i}.Total`, '  end', 'end');
  i++;
}
body.push("if total > 100 then", '  set f to 1', 'end', 'output f, p');
const source = body.join('\n');
const runs = 50;
checkScript(source); // warm-up
const t0 = performance.now();
for (let r = 0; r < runs; r++) checkScript(source);
const ms = (performance.now() - t0) / runs;
console.log(`${body.length} lines, ${source.length} chars: checkScript ${ms.toFixed(2)} ms per run (mean of ${runs}), ${checkScript(source).length} diagnostics`);
