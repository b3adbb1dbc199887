import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { PageStatus } from '../page-status';
import { dispatchOnOpen, todayIso } from '../shared/request-state';
import { SignOffPageActions } from './sign-off.actions';
import { signOffFeature } from './sign-off.feature';

/** The previous calendar month, YYYY-MM: the month usually signed off. */
export function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** An LA manager signs off a month: that LA's sessions and time in it become read-only until an admin reopens it. */
@Component({
  selector: 'att-sign-off-page',
  imports: [PageStatus, MatButtonModule],
  template: `
    <section class="page">
      <h1>Sign-off</h1>
      <att-page-status
        [message]="message()"
        [warnings]="warnings()"
        [saveError]="saveError()"
        [problems]="problems()"
        [loadError]="loadError()"
        [loading]="loading()"
      />
      <form (submit)="$event.preventDefault(); signOff()">
        @if (!laCode()) {
          <label
            >Local authority code
            <input [value]="la()" (input)="la.set($any($event.target).value)" required
          /></label>
        }
        <label
          >Month
          <input
            type="month"
            [value]="month()"
            [attr.max]="today.slice(0, 7)"
            (input)="month.set($any($event.target).value)"
            required
        /></label>
        <p>
          Signing off {{ month() }} for {{ laCode() ?? la() }} makes its family sessions and time
          records read-only; only an admin can reopen it.
        </p>
        <button
          mat-flat-button
          type="submit"
          [disabled]="saving() || !month() || !(laCode() ?? la())"
        >
          Sign off {{ month() }}
        </button>
      </form>
      <h2>Months signed off</h2>
      <table>
        <caption class="visually-hidden">
          Months signed off, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Local authority</th>
            <th scope="col">Signed off</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          @for (l of locks(); track l.laCode + l.month) {
            <tr>
              <td>{{ l.month }}</td>
              <td>{{ l.laCode }}</td>
              <td>{{ l.lockedAt.slice(0, 10) }}</td>
              <td>{{ l.lockedBy ?? '—' }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="4">No month signed off yet.</td>
            </tr>
          }
        </tbody>
      </table>
    </section>
  `,
  styles: `
    form {
      display: grid;
      gap: 8px;
      max-width: 32rem;
    }
    label {
      display: grid;
      gap: 2px;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 2px 8px;
      text-align: left;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SignOffPage {
  private readonly store = inject(Store);
  /** From the address (`/p/:programmeId/sign-off`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly today = todayIso();
  readonly locks = this.store.selectSignal(signOffFeature.selectLocks);
  readonly loading = this.store.selectSignal(signOffFeature.selectLoading);
  readonly loadError = this.store.selectSignal(signOffFeature.selectLoadError);
  readonly saving = this.store.selectSignal(signOffFeature.selectSaving);
  readonly saveError = this.store.selectSignal(signOffFeature.selectSaveError);
  readonly problems = this.store.selectSignal(signOffFeature.selectProblems);
  readonly message = this.store.selectSignal(signOffFeature.selectMessage);
  readonly warnings = this.store.selectSignal(signOffFeature.selectWarnings);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  /** An LA manager signs off their own LA; an admin names one. */
  readonly laCode = computed(() => this.user()?.laCode ?? null);
  readonly la = signal('');
  readonly month = signal(previousMonth(this.today));

  constructor() {
    dispatchOnOpen(() => SignOffPageActions.opened({ programmeId: this.programmeId() }));
  }

  signOff(): void {
    const laCode = this.laCode() ?? this.la();
    if (!laCode || !this.month()) return;
    this.store.dispatch(
      SignOffPageActions.signOffSubmitted({
        programmeId: this.programmeId(),
        laCode,
        month: this.month(),
      }),
    );
  }
}
