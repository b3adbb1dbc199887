import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { CLOSING_MILESTONES, type RuleSet, type RuleSetStage } from '@attune/domain';
import { labelOf } from '../../records/records.models';
import { RuleSetView, problemsByField } from '../rule-sets.models';

type CountField =
  | 'requiredCycles'
  | 'minNewFamilies'
  | 'requiredSupervisionMinutes'
  | 'requiredSupervisionSessions';

/**
 * Edit a copied rule set's stages. The numbers go to the server as typed
 * (a non-number as text) so its validator, the one rule, says what is wrong.
 */
@Component({
  selector: 'att-stage-editor',
  imports: [MatButtonModule],
  templateUrl: './stage-editor.html',
  styleUrl: '../../records/records.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StageEditor {
  readonly ruleSet = input.required<RuleSetView>();
  readonly problems = input<string[]>([]);
  readonly error = input<string | null>(null);
  readonly conflicted = input(false);
  readonly busy = input(false);

  readonly saved = output<{ code: string; version: number; definition: RuleSet }>();
  readonly cancelled = output<void>();
  readonly reload = output<void>();

  readonly draft = linkedSignal(() => structuredClone(this.ruleSet().definition));
  readonly byField = computed(() => problemsByField(this.problems()));
  readonly closings = CLOSING_MILESTONES.map((value) => ({ value, label: labelOf(value) }));
  readonly counts: { field: CountField; label: string }[] = [
    { field: 'requiredCycles', label: 'Cycles' },
    { field: 'minNewFamilies', label: 'New families' },
    { field: 'requiredSupervisionMinutes', label: 'Supervision minutes' },
    { field: 'requiredSupervisionSessions', label: 'Supervision sessions' },
  ];

  problemsAt(key: string): string[] {
    return this.byField()[key] ?? [];
  }

  setName(value: string): void {
    this.draft.update((d) => ({ ...d, name: value }));
  }

  setStage(index: number, field: keyof RuleSetStage, value: string | boolean): void {
    const typed =
      typeof value === 'string' && field !== 'name' && field !== 'closingMilestone'
        ? asNumber(value)
        : value;
    this.draft.update((d) => ({
      ...d,
      stages: d.stages.map((s, i) => (i === index ? { ...s, [field]: typed } : s)),
    }));
  }

  save(): void {
    if (this.busy()) return;
    const r = this.ruleSet();
    this.saved.emit({ code: r.code, version: r.version, definition: this.draft() });
  }
}

/** "12" → 12; anything else stays as typed, for the server to name. */
function asNumber(value: string): number {
  return (/^\d+$/.test(value.trim()) ? Number(value) : value) as number;
}
