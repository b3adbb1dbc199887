import type { ConfirmData } from '../../../core/confirm/confirm-dialog/confirm-dialog';

interface Named {
  code: string;
  name: string;
}

/**
 * What is asked before a rule set is put in force (on Rule sets or in the programme's
 * settings): every practitioner's accreditation figures follow it.
 */
export function ruleSetQuestion(next: Named, current: Named | undefined): ConfirmData {
  const replaces = current ? ` in place of ${current.name} (${current.code})` : '';
  return {
    title: `Put ${next.name} in force?`,
    message: `${next.name} (${next.code}) will be the rule set in force${replaces}. Every practitioner's accreditation figures will then be worked out by its stages.`,
    confirmLabel: 'Put in force',
  };
}
