import type { Loadable } from './useResult';

/** "Ladataan…" while loading, the reason when loading failed, nothing once it is there. */
export function LoadStatus({ loaded, loading }: { loaded: Loadable<unknown>; loading: string }) {
  if (loaded.state === 'loading')
    return (
      <p className="versions-status" aria-busy="true">
        {loading}
      </p>
    );
  if (loaded.state === 'failed')
    return (
      <p className="versions-failure" role="alert">
        {loaded.message}
      </p>
    );
  return null;
}
