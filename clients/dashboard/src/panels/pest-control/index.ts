// 林业有害生物防治: open pest and disease infestation of the focused area.
export { PestKpis } from './PestKpis';
export { PestPanel } from './PestPanel';
export { usePestInfestation } from './summary';
