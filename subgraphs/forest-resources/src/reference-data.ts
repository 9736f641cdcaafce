/**
 * The forest inventory's reference data as plain values, for other departments' demo data to
 * point at real divisions and sub-compartments without reading this subgraph's database.
 */
export { divisions, forestryUnits, type DivisionSeed, type ForestryUnitSeed } from './seed/divisions-data.js';
export { treeSpecies, type TreeSpeciesSeed } from './seed/species-data.js';
export { generateInventory, type CompartmentSeed, type SubCompartmentSeed } from './seed/inventory.js';
export { childDivisionOf, divisionDisplayName, isCountyCode, isKnownDivision } from './division-lookup.js';
