import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import {
  getOperationAST,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { SubgraphContext } from '../context.js';
import { ErrorCode } from '../errors.js';
import type { Viewer } from '../identity.js';
import { completeInOutbox, type RawSql } from './outbox.js';
import type { AuditOutcome } from './record.js';
import { auditedRequests, type AuditEntryHeader } from './scope.js';
import { auditJsonObject } from './values.js';

/** Opens the audit state of each GraphQL request; mount it right before the GraphQL handler. */
export function auditRequestScope(): RequestHandler {
  return (_request, _response, next) => auditedRequests.run({ at: new Date(), committed: [] }, next);
}

/**
 * Records every mutation request: who, when, which fields with which arguments, and how it
 * ended. The changes come from the Prisma extension (see `withAuditCapture`). The entry is
 * completed in the outbox before the response leaves, then handed to the relay.
 */
export function auditPlugin(options: { db: RawSql; log: Logger; entryReady: () => void }): ApolloServerPlugin<SubgraphContext<unknown, unknown>> {
  return {
    async requestDidStart({ contextValue }) {
      const request = auditedRequests.getStore();
      if (!request) return;
      const header = (document: DocumentNode, operation: OperationDefinitionNode, variables?: Record<string, unknown>): AuditEntryHeader =>
        mutationEntryHeader({ requestId: contextValue.requestId, at: request.at, viewer: contextValue.viewer }, document, operation, variables);
      return {
        async didResolveOperation({ document, operation, request: { variables } }) {
          if (operation?.operation === 'mutation') request.entry = header(document, operation, variables);
        },
        async willSendResponse({ document, request: { operationName, variables }, response }) {
          if (!request.entry) {
            // A mutation refused before its operation was resolved, e.g. invalid against the schema.
            const refused = document && getOperationAST(document, operationName);
            if (!document || refused?.operation !== 'mutation') return;
            request.entry = header(document, refused, variables);
          }
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const entry = {
            ...request.entry,
            outcome: outcomeOf(errors),
            errorCodes: auditErrorCodes(errors),
            changes: request.committed,
            complete: true,
          };
          try {
            await completeInOutbox(options.db, entry);
            options.entryReady();
          } catch (error) {
            options.log.error({ err: error, auditEntry: entry.id }, 'could not complete an audit entry');
          }
        },
      };
    },
  };
}

/**
 * What an entry says before its outcome is known: who asked, when, for which mutation fields with
 * which arguments (variables substituted where given), personal identity data redacted.
 */
export function mutationEntryHeader(
  request: { requestId: string; at: Date; viewer: Pick<Viewer, 'subject' | 'role' | 'department' | 'divisionCode'> },
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): AuditEntryHeader {
  const fields = rootFields(document, operation.selectionSet);
  const { viewer } = request;
  return {
    id: randomUUID(),
    requestId: request.requestId,
    at: request.at.toISOString(),
    actor: { subject: viewer.subject, role: viewer.role, department: viewer.department, divisionCode: viewer.divisionCode },
    operationName: clientOperationName(operation.name?.value),
    fields: [...new Set(fields.map((field) => field.name.value))],
    variables: auditJsonObject(variables),
    arguments: auditJsonObject(
      Object.fromEntries(
        fields.map((field) => [
          field.alias?.value ?? field.name.value,
          Object.fromEntries((field.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value, variables)])),
        ]),
      ),
    ),
  };
}

/** The distinct `extensions.code` of the errors a caller got; an error without one counts as internal. */
export function auditErrorCodes(errors: readonly GraphQLFormattedError[]): string[] {
  return [...new Set(errors.map(codeOf))];
}

function codeOf(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Errors on a mutation field itself (or on the whole request) decide the outcome; errors deeper
 * in the selection come after the change was made and leave it accepted.
 */
function outcomeOf(errors: readonly GraphQLFormattedError[]): AuditOutcome {
  const decisive = errors.filter((error) => !error.path || error.path.length <= 1);
  if (decisive.length === 0) return 'ACCEPTED';
  return decisive.some((error) => codeOf(error) === ErrorCode.INTERNAL_SERVER_ERROR) ? 'FAILED' : 'REJECTED';
}

/** The gateway names its fetch to each subgraph `<operation>__<subgraph>__<n>`; the client chose `<operation>`. */
function clientOperationName(name: string | undefined): string | null {
  return name?.replace(/__[A-Za-z0-9_]+__\d+$/, '') ?? null;
}

function rootFields(document: DocumentNode, selectionSet: SelectionSetNode): FieldNode[] {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) fields.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(fragments.get(selection.name.value)?.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return fields;
}
