import { useEffect, useRef, useState } from 'react';

/** The state of a value loaded asynchronously. */
export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: Error };

/**
 * Loads a value, again whenever `key` changes; an answer that arrives after
 * a newer load started is ignored.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const loader = useRef(load);
  loader.current = load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what is loaded; the loader is read from a ref
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    loader.current().then(
      (value) => current && setState({ status: 'done', value }),
      (error: unknown) =>
        current &&
        setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}
