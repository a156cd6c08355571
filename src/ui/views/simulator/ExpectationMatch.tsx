import { createMemo, For } from 'solid-js';
import type { Expectation } from '../../../domain/bundle.ts';
import type { EvaluationResult } from '../../../domain/result.ts';
import { checkExpectation } from '../../simulator/expectation-check.ts';

/** Whether the result matches what the saved basket expects, check by check. */
export function ExpectationMatch(props: { readonly expected: Expectation; readonly result: EvaluationResult; readonly edited: boolean }) {
  const checks = createMemo(() => checkExpectation(props.expected, props.result));
  const allOk = () => checks().every((c) => c.ok);
  return (
    <section class={`card expectation-match ${allOk() ? 'match-ok' : 'match-bad'}`} aria-label="Expected result">
      <div class="totals-head">
        <h3>Expected by the saved basket</h3>
        <span class={`chip ${allOk() ? 'chip-active' : 'chip-sev-error'}`}>
          <span class="chip-dot" aria-hidden="true" />
          {allOk() ? 'Matches' : 'Differs'}
        </span>
      </div>
      {props.edited ? <p class="muted">The basket was edited since it was loaded; the expectation is for the saved basket.</p> : null}
      <table class="units-table" aria-label="Expectation checks">
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Expected</th>
            <th scope="col">Actual</th>
            <th scope="col">
              <span class="visually-hidden">Result</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={checks()}>
            {(c) => (
              <tr>
                <td>{c.label}</td>
                <td>
                  <code>{c.expected}</code>
                </td>
                <td>
                  <code>{c.actual}</code>
                </td>
                <td class={c.ok ? 'ok-mark' : 'bad-mark'}>{c.ok ? '✓ same' : '✗ differs'}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
