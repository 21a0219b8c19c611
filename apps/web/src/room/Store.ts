/**
 * A minimal external store for useSyncExternalStore: a current value that
 * is replaced (never mutated) and a set of listeners told after each change.
 */
export class Store<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();

  constructor(initial: T) {
    this.value = initial;
  }

  /** The current value; the same object until it changes. */
  readonly get = (): T => this.value;

  /** Subscribes; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Replaces the value and tells the listeners (nothing when it is the same object). */
  set(next: T): void {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const listener of [...this.listeners]) listener();
  }

  /** Replaces the value with a function of it. */
  update(change: (value: T) => T): void {
    this.set(change(this.value));
  }
}
