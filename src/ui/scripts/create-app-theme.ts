import { createSignal, getOwner, onCleanup, type Accessor } from 'solid-js';

/**
 * The app's current light/dark theme, read from `<html data-theme>` (written by the shell's
 * theme store) and followed as it changes.
 * @example const theme = createAppTheme(); createEffect(() => monaco.editor.setTheme(themeFor(theme())))
 */
export function createAppTheme(root: HTMLElement = document.documentElement): Accessor<'light' | 'dark'> {
  const read = () => (root.dataset['theme'] === 'dark' ? 'dark' : 'light');
  const [theme, setTheme] = createSignal<'light' | 'dark'>(read());
  const observer = new MutationObserver(() => setTheme(read()));
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  if (getOwner()) onCleanup(() => observer.disconnect());
  return theme;
}
