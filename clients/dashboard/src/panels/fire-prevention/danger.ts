import type { FireDangerLevel } from '../../generated/graphql/graphql';

/** The national five-level scale's colours, from green to red, as fire-danger maps print them. */
export const DANGER_COLOURS: Record<FireDangerLevel, string> = {
  LOW: '#52c41a',
  MODERATELY_LOW: '#1890ff',
  MODERATELY_HIGH: '#fadb14',
  HIGH: '#fa8c16',
  EXTREME: '#f5222d',
};
