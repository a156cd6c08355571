import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createView, type HistoryHost } from '../../../src/ui/state/create-view.ts';

/** A window stand-in: a history stack of hashes, listeners fired by `back()` and `link()`. */
function fakeHost(initial: string) {
  const entries = [initial];
  let at = 0;
  const listeners = new Map<string, Set<() => void>>();
  const fire = (type: string) => listeners.get(type)?.forEach((l) => l());
  const host: HistoryHost & { entries: string[]; back(): void; link(hash: string): void; readonly listening: number } = {
    entries,
    location: {
      get hash() {
        return entries[at]!;
      },
    },
    history: {
      pushState(_d, _u, url) {
        entries.splice(at + 1, entries.length, url);
        at = entries.length - 1;
      },
      replaceState(_d, _u, url) {
        entries[at] = url;
      },
    },
    addEventListener(type, l) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(l);
    },
    removeEventListener(type, l) {
      listeners.get(type)?.delete(l);
    },
    back() {
      at = Math.max(0, at - 1);
      fire('popstate');
    },
    link(hash) {
      host.history.pushState(null, '', hash);
      fire('hashchange');
    },
    get listening() {
      return [...listeners.values()].reduce((n, s) => n + s.size, 0);
    },
  };
  return host;
}

describe('createView', () => {
  it('reads the view and selection from the hash at start', () => {
    createRoot((dispose) => {
      const nav = createView(fakeHost('#/promotions/p1/edit'));
      expect(nav.route()).toEqual({ view: 'promotions', id: 'p1', sub: 'edit' });
      expect(nav.view()).toBe('promotions');
      dispose();
    });
  });

  it('a selection replaces the history entry; a view change adds one', () => {
    createRoot((dispose) => {
      const host = fakeHost('#/baskets');
      const nav = createView(host);
      nav.go({ view: 'baskets', id: 'b1' }, { replace: true });
      nav.go({ view: 'baskets', id: 'b2' }, { replace: true });
      expect(host.entries).toEqual(['#/baskets/b2']);
      nav.go('simulator');
      expect(host.entries).toEqual(['#/baskets/b2', '#/simulator']);
      expect(nav.route()).toEqual({ view: 'simulator' });
      host.back();
      expect(nav.route()).toEqual({ view: 'baskets', id: 'b2' });
      dispose();
    });
  });

  it('follows links and stops listening when its owner is disposed', () => {
    const host = fakeHost('#/catalog');
    createRoot((dispose) => {
      const nav = createView(host);
      host.link('#/simulator/b%201');
      expect(nav.route()).toEqual({ view: 'simulator', id: 'b 1' });
      expect(host.listening).toBe(2);
      dispose();
    });
    expect(host.listening).toBe(0);
  });
});
