import { createSignal, getOwner, onCleanup, type Accessor } from 'solid-js';
import type { ThemePref, WorkspaceBackend } from '../../storage/types.ts';

export interface ThemeStore {
  readonly theme: Accessor<ThemePref>;
  /** True while the theme follows the system setting (nothing stored yet). */
  readonly followsSystem: Accessor<boolean>;
  toggle(): void;
}

const query = '(prefers-color-scheme: dark)';

/**
 * Light/dark theme: follows `prefers-color-scheme` until the user picks one, which is stored in
 * prefs. Writes `data-theme` on <html>; the system listener is removed with the owner.
 * @example const theme = createTheme(backendPromise); <button onClick={theme.toggle}>{theme.theme()}</button>
 */
export function createTheme(backend: Promise<WorkspaceBackend>, root: HTMLElement = document.documentElement): ThemeStore {
  const media = typeof matchMedia === 'function' ? matchMedia(query) : undefined;
  const [stored, setStored] = createSignal<ThemePref | undefined>();
  const [system, setSystem] = createSignal<ThemePref>(media?.matches ? 'dark' : 'light');
  const theme = () => stored() ?? system();
  const apply = () => {
    root.dataset['theme'] = theme();
  };
  apply();

  const onSystem = (e: MediaQueryListEvent) => {
    setSystem(e.matches ? 'dark' : 'light');
    apply();
  };
  media?.addEventListener('change', onSystem);
  if (getOwner()) onCleanup(() => media?.removeEventListener('change', onSystem));

  let touched = false;
  void backend
    .then((b) => b.readPref('theme'))
    .then((pref) => {
      // A click before the stored preference arrived wins over it.
      if (!touched && pref !== undefined) {
        setStored(pref);
        apply();
      }
    })
    .catch(() => undefined);

  return {
    theme,
    followsSystem: () => stored() === undefined,
    toggle() {
      touched = true;
      const next: ThemePref = theme() === 'dark' ? 'light' : 'dark';
      setStored(next);
      apply();
      void backend.then((b) => b.writePref('theme', next)).catch(() => undefined);
    },
  };
}
