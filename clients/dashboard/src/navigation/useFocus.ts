import { useCallback, useSyncExternalStore } from 'react';

/**
 * The division the screen is focused on, kept in the URL hash (`#/230700`) so that a view can be
 * bookmarked and the browser's back button walks back up; null is both provinces.
 */
function readFocus(): string | null {
  const match = /^#\/(\d{6})$/.exec(window.location.hash);
  return match?.[1] ?? null;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useFocus(): [focus: string | null, setFocus: (code: string | null) => void] {
  const focus = useSyncExternalStore(subscribe, readFocus);
  const setFocus = useCallback((code: string | null) => {
    window.location.hash = code ? `/${code}` : '/';
  }, []);
  return [focus, setFocus];
}
