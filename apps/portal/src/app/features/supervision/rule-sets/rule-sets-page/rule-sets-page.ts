import { ChangeDetectionStrategy, Component, input, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { filter } from 'rxjs';
import { Confirm } from '../../../../core/confirm/confirm';
import { ruleSetQuestion } from '../rule-set-question';
import { dispatchOnOpen } from '../../../../core/store/dispatch-on-open';
import type { RuleSet } from '@attune/domain';
import { RuleSetsPageActions } from '../rule-sets.actions';
import { ruleSetsFeature } from '../rule-sets.feature';
import { RuleSetView } from '../rule-sets.models';
import { StageEditor } from '../stage-editor/stage-editor';
import { ScrollRegion } from '../../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../../core/layout/cards-on-phone';

/** Admins: the presets and the programme's copies; copy, edit stages, and choose the one in force. */
@Component({
  selector: 'att-rule-sets-page',
  imports: [CardsOnPhone, ScrollRegion, MatButtonModule, StageEditor],
  templateUrl: './rule-sets-page.html',
  styleUrl: '../../records/records.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class RuleSetsPage {
  private readonly store = inject(Store);
  private readonly confirm = inject(Confirm);
  /** The programme of the address (`/p/:programmeId/...`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly items = this.store.selectSignal(ruleSetsFeature.selectItems);
  readonly loading = this.store.selectSignal(ruleSetsFeature.selectLoading);
  readonly loadError = this.store.selectSignal(ruleSetsFeature.selectLoadError);
  readonly saving = this.store.selectSignal(ruleSetsFeature.selectSaving);
  readonly error = this.store.selectSignal(ruleSetsFeature.selectError);
  readonly problems = this.store.selectSignal(ruleSetsFeature.selectProblems);
  readonly conflicted = this.store.selectSignal(ruleSetsFeature.selectConflicted);
  readonly message = this.store.selectSignal(ruleSetsFeature.selectMessage);
  readonly editing = this.store.selectSignal(ruleSetsFeature.selectEditing);

  copy(from: string, code: string, name: string): void {
    this.store.dispatch(
      RuleSetsPageActions.copySubmitted({ input: { from, code: code.trim(), name: name.trim() } }),
    );
  }

  edit(ruleSet: RuleSetView): void {
    this.store.dispatch(RuleSetsPageActions.editRequested({ ruleSet }));
  }

  save(change: { code: string; version: number; definition: RuleSet }): void {
    this.store.dispatch(RuleSetsPageActions.updateSubmitted(change));
  }

  cancel(): void {
    this.store.dispatch(RuleSetsPageActions.editCancelled());
  }

  reload(): void {
    this.store.dispatch(RuleSetsPageActions.reloadRequested());
  }

  /** Every practitioner's accreditation figures follow the rule set in force, so this asks first. */
  setInForce(next: RuleSetView): void {
    this.confirm
      .ask(
        ruleSetQuestion(
          next,
          this.items().find((r) => r.inForce),
        ),
      )
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(RuleSetsPageActions.inForceRequested({ code: next.code })),
      );
  }

  constructor() {
    dispatchOnOpen(() => RuleSetsPageActions.opened({ programmeId: this.programmeId() }));
  }
}
