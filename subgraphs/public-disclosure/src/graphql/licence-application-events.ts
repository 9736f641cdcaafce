import { PUBLIC } from '@forestry/subgraph-runtime';
import { builder, enableSubscriptions } from '../builder.js';
import type { LicenceApplicationStatus } from '../generated/prisma/enums.js';
import { LicenceApplicationPublicStatusRef } from './licence-applications.js';

/** Published once a workflow step has committed. */
export const LICENCE_APPLICATION_STATUS_CHANGED = 'licence-application-status-changed';

export interface LicenceApplicationStatusChanged {
  receiptNumber: string;
  status: LicenceApplicationStatus;
}

enableSubscriptions();

builder.subscriptionFields((t) => ({
  licenceApplicationStatusChanged: t.prismaField({
    ...PUBLIC,
    type: LicenceApplicationPublicStatusRef,
    description: '办件跟踪: the public status of an application each time it changes, for whoever holds its receipt number.',
    args: { receiptNumber: t.arg.string({ required: true, description: '受理编号.' }) },
    subscribe: (_root, args, context) => {
      const receiptNumber = args.receiptNumber.trim();
      return context.events.subscribe<LicenceApplicationStatusChanged>(
        LICENCE_APPLICATION_STATUS_CHANGED,
        (event) => event.receiptNumber === receiptNumber,
      );
    },
    resolve: (query, event, _args, context) =>
      context.db.licenceApplication.findUniqueOrThrow({
        ...query,
        where: { receiptNumber: (event as unknown as LicenceApplicationStatusChanged).receiptNumber },
      }),
  }),
}));
