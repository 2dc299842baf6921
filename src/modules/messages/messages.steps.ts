import type { MessageCase } from './messages.case.js';
import type { MessageEventType } from './messages.model.js';

/**
 * Who may take which step of a message. The office (政务公开办 or 12345 desk) dispatches, reviews
 * answers, closes and follows up; the department the message is with signs for it, answers it,
 * asks for more time or returns it. The office may take the department's steps too.
 */
const OFFICE_STEPS: ReadonlySet<MessageEventType> = new Set([
  'accepted',
  'not_accepted',
  'redirected',
  'merged',
  'assigned',
  'extension_decided',
  'answer_rejected',
  'answer_approved',
  'closed',
  'followed_up',
]);
const DEPARTMENT_STEPS: ReadonlySet<MessageEventType> = new Set([
  'returned',
  'started',
  'extension_requested',
  'answer_submitted',
]);

/** The steps that follow each state, before who is asking is considered. */
const NEXT_STEPS: Partial<Record<MessageCase['state'], MessageEventType[]>> = {
  received: ['accepted', 'not_accepted', 'redirected', 'merged'],
  accepted: ['assigned', 'redirected', 'merged'],
  returned: ['assigned', 'not_accepted', 'redirected', 'merged'],
  assigned: ['started', 'returned', 'answer_submitted', 'extension_requested', 'assigned'],
  in_progress: ['answer_submitted', 'returned', 'extension_requested'],
  answer_review: ['answer_approved', 'answer_rejected'],
  answered: ['closed'],
  closed: ['followed_up'],
};

/** Whether the actor is the office, or handles the department the message is with. */
export interface StepTaker {
  office: boolean;
  department: boolean;
}

/** Whether `taker` may take a step of this type (the case's own rules are checked in messages.case.ts). */
export function mayTake(type: MessageEventType, taker: StepTaker): boolean {
  return OFFICE_STEPS.has(type) ? taker.office : DEPARTMENT_STEPS.has(type) && (taker.department || taker.office);
}

/** The steps offered now: the back office shows only these. One request for more time at most. */
export function stepsOffered(c: MessageCase, taker: StepTaker): MessageEventType[] {
  const steps = [...(NEXT_STEPS[c.state] ?? [])];
  if (c.pendingExtension) steps.push('extension_decided');
  return steps.filter(
    (s) => !(s === 'extension_requested' && (c.pendingExtension || c.extensionDays > 0)) && mayTake(s, taker),
  );
}
