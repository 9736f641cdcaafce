import { divisionPrefix, forbiddenError, withinJurisdiction, type Viewer } from '@forestry/subgraph-runtime';

/** County and prefecture staff may only act on records of their own jurisdiction. */
export function checkJurisdiction(viewer: Viewer, divisionCode: string): void {
  if (!withinJurisdiction(viewer, divisionCode)) {
    throw forbiddenError(`Division ${divisionCode} is outside your jurisdiction (${viewer.divisionCode})`);
  }
}

/**
 * Permits are decided, issued, suspended and revoked by the provincial department: county and
 * prefecture offices receive applications and record uses, but do not decide.
 */
export function checkProvincialLevel(viewer: Viewer): void {
  if (viewer.divisionCode !== null && !viewer.divisionCode.endsWith('0000')) {
    throw forbiddenError('Only the provincial department decides on wildlife permits');
  }
}

/** The code prefix a viewer's reads are narrowed to; null for the whole platform. */
export function jurisdictionPrefix(viewer: Viewer): string | null {
  return viewer.divisionCode === null ? null : divisionPrefix(viewer.divisionCode);
}
