import { useQuery } from 'urql';
import { graphql } from '../generated/graphql';
import type { RegionFragment } from '../generated/graphql/graphql';

graphql(`
  fragment Region on Division {
    code
    name
    nameEn
    level
    longitude
    latitude
  }
`);

const ProvincesQuery = graphql(`
  query Provinces {
    divisions(level: PROVINCE) {
      ...Region
      children {
        ...Region
      }
    }
  }
`);

const ScopeQuery = graphql(`
  query Scope($code: ID!) {
    division(code: $code) {
      ...Region
      children {
        ...Region
      }
      parent {
        ...Region
        children {
          ...Region
        }
        parent {
          ...Region
        }
      }
    }
  }
`);

export type Region = RegionFragment;

/** Where the screen stands: what the breadcrumb, the map and the rankings show. */
export interface Scope {
  /** The focused division; null for both provinces. */
  focus: string | null;
  provinces: Region[];
  /** Province down to the focused division. */
  path: Region[];
  /** The divisions the map draws and the lists rank: the children, or a county's siblings. */
  regions: Region[];
  /** The boundary files that hold those regions. */
  boundaryCodes: string[];
  /** A focused county, highlighted among its siblings. */
  selected: string | null;
}

export interface ScopeState {
  scope: Scope | null;
  error: boolean;
}

export function useScope(focus: string | null): ScopeState {
  const [provinces] = useQuery({ query: ProvincesQuery });
  const [focused] = useQuery({ query: ScopeQuery, variables: { code: focus ?? '' }, pause: focus === null });
  const error = Boolean(provinces.error ?? (focus !== null ? focused.error : undefined));
  const provinceList = provinces.data?.divisions;
  if (!provinceList) return { scope: null, error };

  if (focus === null) {
    return {
      error,
      scope: {
        focus,
        provinces: provinceList,
        path: [],
        regions: provinceList.flatMap((province) => province.children),
        boundaryCodes: provinceList.map((province) => province.code),
        selected: null,
      },
    };
  }

  const division = focused.data?.division;
  // A stale answer for another division must not be drawn as this one.
  if (!division || division.code !== focus) return { scope: null, error: error || focused.data?.division === null };
  const ancestors = [division.parent?.parent, division.parent].filter((region): region is Region => Boolean(region));
  const isCounty = division.level === 'COUNTY' && division.parent !== null && division.parent !== undefined;
  return {
    error,
    scope: {
      focus,
      provinces: provinceList,
      path: [...ancestors, division],
      regions: isCounty ? division.parent!.children : division.children,
      boundaryCodes: [isCounty ? division.parent!.code : division.code],
      selected: isCounty ? division.code : null,
    },
  };
}
