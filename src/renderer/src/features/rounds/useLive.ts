import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/result';
import { errorText } from '../../api/client';
import type { Loadable } from '../versions/useResult';

export interface Live<T> {
  loaded: Loadable<T>;
  /** Asks again; what is shown stays until the new answer is there (no flash of "loading"). */
  reload: () => void;
  /** Takes a value a change answered with, instead of asking again. */
  set: (value: T) => void;
}

/**
 * Data a screen shows and changes: loaded when `key` changes, then kept while it is asked again
 * after a change, so forms and focus on the screen survive. An answer overtaken by a later ask is
 * dropped.
 */
export function useLive<T>(key: string, load: () => Promise<Result<T>>): Live<T> {
  const { i18n } = useTranslation();
  const [state, setState] = useState<{ key: string; loaded: Loadable<T> } | null>(null);
  const latest = useRef(load);
  const asked = useRef(0);
  useEffect(() => {
    latest.current = load;
  });

  const ask = useCallback(() => {
    const ticket = ++asked.current;
    void latest.current().then((result) => {
      if (ticket !== asked.current) return;
      setState({
        key,
        loaded: result.ok
          ? { state: 'ready', value: result.value }
          : { state: 'failed', message: errorText(i18n, result.error) },
      });
    });
  }, [key, i18n]);

  useEffect(() => {
    ask();
    const tickets = asked;
    // An answer arriving after the key changed (or the screen went) is dropped.
    return () => {
      tickets.current++;
    };
  }, [ask]);

  const set = useCallback(
    (value: T) => {
      asked.current++;
      setState({ key, loaded: { state: 'ready', value } });
    },
    [key],
  );
  return { loaded: state?.key === key ? state.loaded : { state: 'loading' }, reload: ask, set };
}
