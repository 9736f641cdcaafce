import type { SupervisionLevel } from '../generated/prisma/enums.js';
import { builder, enableSubscriptions } from '../builder.js';

/** Published once an escalation run has committed. */
export const SUPERVISION_TASK_ESCALATED = 'supervision-task-escalated';

export interface SupervisionTaskEscalated {
  escalationId: string;
  taskId: string;
  level: SupervisionLevel;
  responsibleUnitCode: string;
}

enableSubscriptions();

builder.subscriptionFields((t) => ({
  supervisionTaskEscalated: t.prismaField({
    type: 'SupervisionEscalation',
    description:
      '督办升级: each task that reaches a higher supervision level when escalations are recorded (its highest new level), ' +
      'for one responsible unit if given.',
    args: { responsibleUnitCode: t.arg.id() },
    subscribe: (_root, args, context) => {
      const unit = args.responsibleUnitCode == null ? null : String(args.responsibleUnitCode);
      return context.events.subscribe<SupervisionTaskEscalated>(
        SUPERVISION_TASK_ESCALATED,
        (event) => unit === null || event.responsibleUnitCode === unit,
      );
    },
    resolve: (query, event, _args, context) =>
      context.db.supervisionEscalation.findUniqueOrThrow({ ...query, where: { id: (event as unknown as SupervisionTaskEscalated).escalationId } }),
  }),
}));
