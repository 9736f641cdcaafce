import { useMemo } from 'react';
import type { TypedDocumentNode } from 'urql';
import { usePolledQuery } from './usePolledQuery';

export interface FocusedDivisions<Division> {
  /** The focused division, or both provinces; null until loaded. */
  divisions: Division[] | null;
  error: boolean;
}

/**
 * Runs a panel's query for the focused division, or its sibling query for both provinces: the
 * API answers per division, so "both" is the two provinces, which the panel adds up.
 */
export function useFocusedDivisions<Division extends { code: string }>(
  focus: string | null,
  ofDivision: TypedDocumentNode<{ division?: Division | null }, { code: string }>,
  ofProvinces: TypedDocumentNode<{ divisions?: Division[] | null }, Record<string, never>>,
): FocusedDivisions<Division> {
  const [single] = usePolledQuery({ query: ofDivision, variables: { code: focus ?? '' }, pause: focus === null });
  const [both] = usePolledQuery({ query: ofProvinces, variables: {}, pause: focus !== null });
  const data = focus === null ? both.data?.divisions : single.data?.division;
  const divisions = useMemo(() => {
    if (Array.isArray(data)) return data;
    // A stale answer for another division must not be shown as this one.
    return data?.code === focus ? [data] : null;
  }, [data, focus]);
  return { divisions, error: Boolean(focus === null ? both.error : single.error) };
}
