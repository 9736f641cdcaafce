// 政务公开: supervision of online approval against its statutory time limits.
export { ApprovalPanel } from './ApprovalPanel';
