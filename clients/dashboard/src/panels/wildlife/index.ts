// 野生动植物保护: monitoring of protected species in the focused area.
export { ProtectedSpeciesPanel } from './ProtectedSpeciesPanel';
export { useWildlife } from './summary';
export { WildlifeKpis } from './WildlifeKpis';
