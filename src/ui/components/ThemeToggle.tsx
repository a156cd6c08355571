import type { ThemeStore } from '../state/create-theme.ts';

/** Switches light/dark; the label names the theme it switches to. */
export function ThemeToggle(props: { readonly theme: ThemeStore }) {
  const next = () => (props.theme.theme() === 'dark' ? 'light' : 'dark');
  return (
    <button
      type="button"
      class="btn btn-ghost theme-toggle"
      aria-label={`Switch to ${next()} theme`}
      title={`Switch to ${next()} theme`}
      onClick={() => props.theme.toggle()}
    >
      <span aria-hidden="true">{props.theme.theme() === 'dark' ? '☀' : '☾'}</span>
      <span class="theme-toggle-text">{props.theme.theme() === 'dark' ? 'Light' : 'Dark'}</span>
    </button>
  );
}
