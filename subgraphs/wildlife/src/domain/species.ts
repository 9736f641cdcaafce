import {
  WildlifeGroup,
  type IucnRedListCategory,
  type WildlifeApprovalAuthority,
  type WildlifeProtectionClass,
} from '../generated/prisma/enums.js';

export type WildlifeKingdom = 'ANIMAL' | 'PLANT';

const PLANT_GROUPS: ReadonlySet<WildlifeGroup> = new Set(['FERN', 'GYMNOSPERM', 'ANGIOSPERM']);

export function kingdomOf(group: WildlifeGroup): WildlifeKingdom {
  return PLANT_GROUPS.has(group) ? 'PLANT' : 'ANIMAL';
}

export function groupsOf(kingdom: WildlifeKingdom): WildlifeGroup[] {
  return Object.values(WildlifeGroup).filter((group) => kingdomOf(group) === kingdom);
}

/** IUCN's threatened categories: critically endangered, endangered, vulnerable. */
const THREATENED: ReadonlySet<IucnRedListCategory> = new Set(['CR', 'EN', 'VU']);

export function isThreatened(category: IucnRedListCategory): boolean {
  return THREATENED.has(category);
}

/**
 * The lowest authority that may approve a permit for a species: national class-I species are
 * reserved to the National Forestry and Grassland Administration, every other protected species
 * is decided by the provincial forestry department. Unprotected species need no permit (null).
 */
export function requiredApprovalAuthority(protectionClass: WildlifeProtectionClass): WildlifeApprovalAuthority | null {
  if (protectionClass === 'NONE') return null;
  return protectionClass === 'NATIONAL_CLASS_I' ? 'NATIONAL_FORESTRY_AND_GRASSLAND_ADMINISTRATION' : 'PROVINCIAL_FORESTRY_DEPARTMENT';
}

/** The national administration may decide anything a province may; not the other way round. */
export function mayApprove(authority: WildlifeApprovalAuthority, required: WildlifeApprovalAuthority): boolean {
  return authority === required || authority === 'NATIONAL_FORESTRY_AND_GRASSLAND_ADMINISTRATION';
}
