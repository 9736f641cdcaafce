// 森林资源: the forest inventory of the focused area.
export { DivisionRanking } from './DivisionRanking';
export { AgeClassChart, CompositionChart, SpeciesChart } from './ForestCharts';
export { ForestKpis } from './ForestKpis';
export { ForestProjects } from './ForestProjects';
export { useForestResources } from './summary';
export { TopSubCompartments } from './TopSubCompartments';
