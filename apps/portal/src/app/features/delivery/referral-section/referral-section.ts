import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Store } from '@ngrx/store';
import { IneligibleReferralInput, Referral } from '../delivery.models';
import { FamiliesPageActions } from '../families-page/families.actions';
import { familiesFeature } from '../families-page/families.feature';
import { PageStatus } from '../page-status';
import { ReferralForm } from '../referral-form/referral-form';
import { todayIso } from '../shared/request-state';

/**
 * Referring a family, wherever a referrer works: LA managers and admins on
 * Families, practitioners on My families (the route provides the families slice).
 */
@Component({
  selector: 'att-referral-section',
  imports: [ReferralForm, PageStatus],
  template: `
    <h2>Refer a family</h2>
    <att-referral-form
      [today]="today"
      [askLa]="askLa()"
      [busy]="saving()"
      [problems]="problems()"
      [saved]="saved()"
      (submitted)="refer($event)"
      (ineligible)="recordIneligible($event)"
    />
    <!-- A referral's outcome is said by the form, where the user is looking (and announced). -->
    <att-page-status
      [message]="message()"
      [warnings]="warnings()"
      [saveError]="saveError()"
      [problems]="problems()"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralSection {
  private readonly store = inject(Store);
  readonly programmeId = input.required<string>();
  /** Only an admin chooses the LA; everyone else refers to their own. */
  readonly askLa = input(false);
  readonly today = todayIso();
  readonly saving = this.store.selectSignal(familiesFeature.selectSaving);
  readonly saveError = this.store.selectSignal(familiesFeature.selectSaveError);
  readonly problems = this.store.selectSignal(familiesFeature.selectProblems);
  readonly message = this.store.selectSignal(familiesFeature.selectMessage);
  readonly warnings = this.store.selectSignal(familiesFeature.selectWarnings);
  readonly saved = this.store.selectSignal(familiesFeature.selectSaved);

  refer(referral: Referral): void {
    this.store.dispatch(
      FamiliesPageActions.referralSubmitted({ programmeId: this.programmeId(), referral }),
    );
  }

  recordIneligible(referral: IneligibleReferralInput): void {
    this.store.dispatch(
      FamiliesPageActions.ineligibleSubmitted({ programmeId: this.programmeId(), referral }),
    );
  }
}
