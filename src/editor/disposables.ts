/** Monaco's `IDisposable`, structurally. */
export interface Disposable {
  dispose(): void;
}

/**
 * Owns disposables and disposes them together, newest first; adding to a disposed store disposes
 * the newcomer at once, so a registration that finishes after unmount cannot leak.
 * @example const store = new DisposableStore(); store.add(monaco.languages.registerHoverProvider(id, p)); onCleanup(() => store.dispose())
 */
export class DisposableStore implements Disposable {
  private items: Disposable[] = [];
  private disposed = false;

  get isDisposed(): boolean {
    return this.disposed;
  }

  add<T extends Disposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.push(item);
    return item;
  }

  /** Adds a plain cleanup function. */
  defer(fn: () => void): void {
    this.add({ dispose: fn });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const items = this.items.reverse();
    this.items = [];
    let first: unknown;
    for (const item of items) {
      try {
        item.dispose();
      } catch (e) {
        // Keep disposing the rest; report the first failure after.
        first ??= e;
      }
    }
    if (first !== undefined) throw first;
  }
}
