import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/result';
import { errorText } from '../../api/client';

/** What a screen knows of data it asked the core for. */
export type Loadable<T> =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; value: T };

/**
 * The answer of `load`, asked again whenever `key` changes (the key names what is loaded, e.g.
 * "doc/version"); a failure comes as its message in the UI language. An answer that arrives
 * after the key changed is dropped.
 */
export function useResult<T>(key: string, load: () => Promise<Result<T>>): Loadable<T> {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<{ key: string; value: Loadable<T> } | null>(null);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  useEffect(() => {
    let current = true;
    void latest.current().then((result) => {
      if (!current) return;
      setLoaded({
        key,
        value: result.ok
          ? { state: 'ready', value: result.value }
          : { state: 'failed', message: errorText(i18n, result.error) },
      });
    });
    return () => {
      current = false;
    };
  }, [key, i18n]);
  return loaded?.key === key ? loaded.value : { state: 'loading' };
}
