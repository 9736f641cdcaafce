import type { AuditEntryRecord } from '@forestry/subgraph-runtime';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

function rowOf(department: string, entry: AuditEntryRecord): Prisma.AuditEntryCreateManyInput {
  return {
    id: entry.id,
    department,
    requestId: entry.requestId,
    at: new Date(entry.at),
    actorSubject: entry.actor.subject,
    actorRole: entry.actor.role,
    actorDepartment: entry.actor.department,
    actorDivisionCode: entry.actor.divisionCode,
    operationName: entry.operationName,
    fields: entry.fields,
    variables: entry.variables as Prisma.InputJsonObject,
    arguments: entry.arguments as Prisma.InputJsonObject,
    outcome: entry.outcome,
    errorCodes: entry.errorCodes,
    changes: entry.changes as Prisma.InputJsonArray,
    complete: entry.complete,
  };
}

/**
 * Stores what a department delivered, each entry id once, so that redelivery (the department
 * did not hear the acknowledgement) changes nothing. The one exception: an entry stored
 * incomplete, because its request never finished, takes the complete version if one arrives.
 * An id is only ever written on behalf of the department that first delivered it.
 */
export async function storeAuditEntries(db: PrismaClient, department: string, entries: AuditEntryRecord[]): Promise<void> {
  const rows = entries.map((entry) => rowOf(department, entry));
  await db.auditEntry.createMany({ data: rows, skipDuplicates: true });
  const complete = new Map(rows.filter((row) => row.complete).map((row) => [row.id, row]));
  if (complete.size === 0) return;
  const stale = await db.auditEntry.findMany({
    where: { id: { in: [...complete.keys()] }, department, complete: false },
    select: { id: true },
  });
  for (const { id } of stale) {
    const { id: _id, department: _department, ...completed } = complete.get(id)!;
    await db.auditEntry.updateMany({ where: { id, department, complete: false }, data: completed });
  }
}
