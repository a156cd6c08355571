import { createEffect } from 'solid-js';

/**
 * A `<progress>` that is indeterminate (no `value` attribute) while the fraction is unknown:
 * setting the `value` property to undefined throws, and 0 would claim "nothing done" while the
 * solver is still loading.
 */
export function ProgressBar(props: { readonly label: string; readonly fraction: number | undefined }) {
  let bar: HTMLProgressElement | undefined;
  createEffect(() => {
    const f = props.fraction;
    if (bar === undefined) return;
    if (f === undefined || !Number.isFinite(f)) bar.removeAttribute('value');
    else bar.value = Math.min(1, Math.max(0, f));
  });
  return <progress ref={bar} aria-label={props.label} max={1} />;
}
