import { conflictError, userInputError } from '@forestry/subgraph-runtime';
import type { OfficeDocumentDirection, OfficeDocumentStep } from '../generated/prisma/enums.js';
import { forestryDepartmentOf } from './departments.js';

/** The approval steps of each workflow, in the only order they can happen. */
export const WORKFLOW_STEPS: Record<OfficeDocumentDirection, readonly OfficeDocumentStep[]> = {
  // 拟稿 → 核稿 → 会签 → 签发 → 印发
  OUTGOING: ['DRAFT', 'REVIEW', 'COUNTERSIGN', 'SIGN_OFF', 'ISSUE'],
  // 登记 → 拟办 → 批办 → 承办 → 办结
  INCOMING: ['REGISTER', 'PROPOSE', 'ASSIGN', 'HANDLE', 'CLOSE'],
};

export interface WorkflowPosition {
  id: string;
  direction: OfficeDocumentDirection;
  /** The step awaiting action (the last step once completed). */
  currentStep: OfficeDocumentStep;
  completedAt: Date | null;
}

/** The step completed by drafting or registering a document. */
export function firstStep(direction: OfficeDocumentDirection): OfficeDocumentStep {
  return WORKFLOW_STEPS[direction][0]!;
}

/** The step awaiting action right after drafting or registering. */
export function stepAfterCreation(direction: OfficeDocumentDirection): OfficeDocumentStep {
  return WORKFLOW_STEPS[direction][1]!;
}

function checkActionable(document: WorkflowPosition, step: OfficeDocumentStep, action: string): number {
  const steps = WORKFLOW_STEPS[document.direction];
  const index = steps.indexOf(step);
  if (index === -1) {
    throw userInputError(`${step} is not a step of ${document.direction.toLowerCase()} documents`, [
      { field: 'input.step', message: `must be one of ${steps.join(', ')}` },
    ]);
  }
  if (document.completedAt) {
    throw conflictError(`Document ${document.id} is already completed; it cannot be ${action}`, {
      currentStep: document.currentStep,
    });
  }
  if (step !== document.currentStep) {
    throw conflictError(
      `Document ${document.id} is awaiting ${document.currentStep}; ${step} can only follow the step before it`,
      { currentStep: document.currentStep },
    );
  }
  return index;
}

/** Completing the step awaiting action: the next step, or the end of the workflow. */
export function advanceStep(document: WorkflowPosition, step: OfficeDocumentStep) {
  const steps = WORKFLOW_STEPS[document.direction];
  const index = checkActionable(document, step, 'advanced');
  const completed = index === steps.length - 1;
  return { currentStep: completed ? step : steps[index + 1]!, completed };
}

/** Rejecting the step awaiting action sends the document back to the step before it. */
export function rejectStep(document: WorkflowPosition, step: OfficeDocumentStep): OfficeDocumentStep {
  const index = checkActionable(document, step, 'rejected');
  if (index === 0) {
    throw conflictError(`Document ${document.id} is at its first step ${step}; there is no step to send it back to`, {
      currentStep: document.currentStep,
    });
  }
  return WORKFLOW_STEPS[document.direction][index - 1]!;
}

/** 文号 of an outgoing document, e.g. 黑林发〔2026〕12号. */
export function outgoingDocumentNumber(provinceCode: string, year: number, sequence: number): string {
  return `${outgoingDocumentNumberPrefix(provinceCode, year)}${sequence}号`;
}

export function outgoingDocumentNumberPrefix(provinceCode: string, year: number): string {
  return `${forestryDepartmentOf(provinceCode).documentNumberPrefix}发〔${year}〕`;
}
