// 办公室: supervision of tasks and monthly information reporting, per province.
export { OfficePanel } from './OfficePanel';
