import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { filter } from 'rxjs';
import { Store } from '@ngrx/store';
import type { UpdateProgrammeRequest } from '@attune/contract';
import { Confirm } from '../../../core/confirm/confirm';
import { ruleSetQuestion } from '../../supervision/rule-sets/rule-set-question';
import { dispatchOnOpen } from '../admin-state';
import { DeleteProgramme } from '../delete-programme/delete-programme';
import { SettingsForm } from '../settings-form/settings-form';
import { SettingsPageActions } from '../settings/settings.actions';
import { settingsFeature } from '../settings/settings.feature';

/** The admin's programme settings: every field of the programme, and deleting it. */
@Component({
  selector: 'att-settings-page',
  imports: [SettingsForm, DeleteProgramme],
  template: `
    <section class="page">
      <h1>Programme settings</h1>
      <div aria-live="polite" role="status">
        @if (message(); as text) {
          <p class="message">{{ text }}</p>
        }
      </div>
      <div aria-live="assertive">
        @if (saveError(); as text) {
          @if (problems().length === 0) {
            <p class="error-text" data-testid="save-error">{{ text }}</p>
          }
        }
      </div>
      @if (loadError(); as text) {
        <p class="error-text" role="alert">{{ text }}</p>
      }
      @if (programme(); as p) {
        <att-settings-form
          [programme]="p"
          [ruleSets]="ruleSets()"
          [busy]="saving()"
          [problems]="problems()"
          (submitted)="save($event)"
        />
        <h2>Delete the programme</h2>
        <att-delete-programme
          [name]="p.name"
          [version]="p.version"
          [busy]="saving()"
          (confirmed)="remove($event)"
        />
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SettingsPage {
  private readonly store = inject(Store);
  private readonly confirm = inject(Confirm);
  /** The programme of the address, bound by the router. */
  readonly programmeId = input.required<string>();
  readonly programme = this.store.selectSignal(settingsFeature.selectProgramme);
  readonly loadError = this.store.selectSignal(settingsFeature.selectLoadError);
  readonly saving = this.store.selectSignal(settingsFeature.selectSaving);
  readonly saveError = this.store.selectSignal(settingsFeature.selectSaveError);
  readonly problems = this.store.selectSignal(settingsFeature.selectProblems);
  readonly message = this.store.selectSignal(settingsFeature.selectMessage);
  readonly ruleSets = this.store.selectSignal(settingsFeature.selectRuleSets);

  constructor() {
    dispatchOnOpen(() => SettingsPageActions.opened({ programmeId: this.programmeId() }));
  }

  /** A new rule set in force changes every practitioner's accreditation figures: asked first. */
  save(change: UpdateProgrammeRequest): void {
    const current = this.programme()?.ruleSet;
    const submit = () => this.store.dispatch(SettingsPageActions.saveSubmitted({ change }));
    if (change.ruleSet === undefined || change.ruleSet === current) {
      submit();
      return;
    }
    const named = (code: string) =>
      this.ruleSets().find((r) => r.code === code) ?? { code, name: code };
    this.confirm
      .ask(ruleSetQuestion(named(change.ruleSet), current ? named(current) : undefined))
      .pipe(filter(Boolean))
      .subscribe(submit);
  }

  remove(version: number): void {
    this.store.dispatch(SettingsPageActions.deleteConfirmed({ version }));
  }
}
