// 森林防火: fire danger and the fires being fought in the focused area.
export { FireKpis } from './FireKpis';
export { FirePanel } from './FirePanel';
export { useFireSituation } from './situation';
