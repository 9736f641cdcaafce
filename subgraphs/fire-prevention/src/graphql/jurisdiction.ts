import { divisionPrefix, forbiddenError, withinJurisdiction, type Viewer } from '@forestry/subgraph-runtime';

/** County and prefecture staff act only within their division; province-wide staff anywhere. */
export function checkJurisdiction(viewer: Viewer, divisionCode: string): void {
  if (!withinJurisdiction(viewer, divisionCode)) {
    throw forbiddenError(`Division ${divisionCode} is outside your jurisdiction (${viewer.divisionCode})`);
  }
}

/** The part of a list a viewer may read: everything, or what lies in their division. */
export function withinViewerJurisdiction(viewer: Viewer): { divisionCode?: { startsWith: string } } {
  return viewer.divisionCode ? { divisionCode: { startsWith: divisionPrefix(viewer.divisionCode) } } : {};
}
