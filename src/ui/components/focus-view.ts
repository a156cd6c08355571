/**
 * After navigating to another view, keyboard and screen-reader users land in it: focus goes to the
 * view's first heading (made focusable by script only, `tabindex=-1`, so Tab order is unchanged),
 * or to the main region when the view has no heading yet.
 * @example focusView(document.getElementById('main')!) // the "Simulator" heading has focus
 */
export function focusView(main: HTMLElement): void {
  const heading = main.querySelector<HTMLElement>('h2, h1');
  const target = heading ?? main;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
}
