import { focusView } from './focus-view.ts';

/**
 * "Skip to content": the first focusable element, visible only while focused. It moves focus by
 * script instead of following `#main`, because the hash holds the current view (`#/simulator`)
 * and a plain in-page link would navigate away from it. Focus lands on the view's heading.
 */
export function SkipLink(props: { readonly target: string }) {
  const skip = (e: MouseEvent) => {
    e.preventDefault();
    const main = document.getElementById(props.target);
    if (main !== null) focusView(main);
  };
  return (
    <a class="skip-link" href={`#${props.target}`} onClick={skip}>
      Skip to content
    </a>
  );
}
