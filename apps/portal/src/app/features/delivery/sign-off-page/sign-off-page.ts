import { ukDate, ukMonth } from '../../../core/format/uk-date';
import { duration, plural } from '../../../core/format/words';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { programmeFeature } from '../../../core/programme/programme.feature';
import { MonthReviewTable } from '../month-review-table/month-review-table';
import { PageStatus } from '../page-status';
import { dispatchOnOpen, todayIso } from '../shared/request-state';
import { SignOffPageActions } from './sign-off.actions';
import { signOffFeature } from './sign-off.feature';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/** The previous calendar month, YYYY-MM: the month usually signed off. */
export function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The months from `first` to `last` (YYYY-MM), newest first: the months a sign-off can name. */
export function monthsNewestFirst(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = last.split('-').map(Number) as [number, number];
  for (let month = last; month >= first; month = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(month);
    [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  }
  return out;
}

/**
 * The month to offer first: last month, but inside the programme (its last
 * month of delivery for a programme that has ended, its first before it began).
 */
export function defaultMonth(
  today: string,
  programme: { startDate: string; deliveryEnd: string } | null,
): string {
  const last = previousMonth(today);
  if (!programme) return last;
  const end = programme.deliveryEnd.slice(0, 7);
  const start = programme.startDate.slice(0, 7);
  return last > end ? end : last < start ? start : last;
}

/** An LA manager signs off a month: that LA's sessions and time in it become read-only until an admin reopens it. */
@Component({
  selector: 'att-sign-off-page',
  imports: [CardsOnPhone, ScrollRegion, PageStatus, MatButtonModule, MonthReviewTable],
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
      <form (submit)="$event.preventDefault(); askToConfirm()">
        @if (!laCode()) {
          <!-- Labelled by for/id: a wrapping label would add the chosen option to its name. -->
          <div class="field">
            <label for="sign-off-la">Local authority</label>
            <select id="sign-off-la" (change)="setLa($any($event.target).value)" required>
              <option value="" [selected]="!la()">Choose a local authority</option>
              @for (code of programme()?.localAuthorities ?? []; track code) {
                <option [value]="code" [selected]="code === la()">{{ code }}</option>
              }
            </select>
          </div>
        }
        <label
          >Month
          <select (change)="setMonth($any($event.target).value)" required>
            @for (m of months(); track m) {
              <option [value]="m" [selected]="m === month()">{{ ukMonth(m) }}</option>
            }
          </select></label
        >
        <p>
          @if (currentLa()) {
            Signing off {{ monthText() }} for {{ currentLa() }} makes its family sessions and time
            records read-only; only an admin can reopen it.
          } @else {
            Name a local authority: signing off a month makes that LA's family sessions and time
            records for it read-only; only an admin can reopen it.
          }
        </p>
        @if (!review()?.lock && !confirming()) {
          <button mat-flat-button type="submit" [disabled]="saving() || !review()">
            Sign off {{ monthText() }}
          </button>
        }
      </form>
      @if (confirming() && review(); as r) {
        <div role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-summary">
          <h2 id="confirm-title">Sign off {{ ukMonth(r.month) }} for {{ r.laCode }}?</h2>
          <p id="confirm-summary">
            {{ plural(r.rows.length, 'person', 'people') }}, {{ duration(r.totals.totalMinutes) }},
            {{ plural(r.totals.sessionsHeld, 'session') }} held;
            {{
              r.missing.length
                ? plural(r.missing.length, 'practitioner') + ' with no session recorded'
                : 'nobody missing'
            }}. Their records for the month become read-only.
          </p>
          <button mat-flat-button type="button" (click)="signOff()" #confirmButton>
            Confirm sign-off
          </button>
          <button mat-button type="button" (click)="confirming.set(false)">Cancel</button>
        </div>
      }
      <h2>What {{ monthText() }} holds</h2>
      @if (review(); as r) {
        @if (r.lock) {
          <p>
            Signed off by {{ r.lock.lockedBy ?? 'a former user' }} on {{ ukDate(r.lock.lockedAt) }}.
          </p>
        }
        <att-month-review-table [review]="r" />
      } @else if (reviewError()) {
        <p role="alert">{{ reviewError() }}</p>
      } @else {
        <p>Loading the review of {{ monthText() }}…</p>
      }
      <h2>Months signed off</h2>
      <div attScrollRegion>
        <table attCardsOnPhone>
          <caption class="visually-hidden">
            Months signed off, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Local authority</th>
              <th scope="col">Signed off</th>
              <th scope="col">By</th>
              @if (isAdmin()) {
                <th scope="col">Reopen</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (l of locks(); track l.laCode + l.month) {
              <tr>
                <td>{{ ukMonth(l.month) }}</td>
                <td>{{ l.laCode }}</td>
                <td>{{ ukDate(l.lockedAt) }}</td>
                <td>{{ l.lockedBy ?? '—' }}</td>
                @if (isAdmin()) {
                  <td>
                    <label
                      >Reason to reopen {{ ukMonth(l.month) }} for {{ l.laCode }}
                      <input
                        [value]="reasons()[l.laCode + l.month] ?? ''"
                        (input)="setReason(l.laCode + l.month, $any($event.target).value)"
                    /></label>
                    <button
                      mat-button
                      type="button"
                      [disabled]="saving() || !(reasons()[l.laCode + l.month] ?? '').trim()"
                      (click)="reopen(l.laCode, l.month)"
                    >
                      Reopen
                    </button>
                  </td>
                }
              </tr>
            } @empty {
              <tr>
                <td [attr.colspan]="isAdmin() ? 5 : 4">No month signed off yet.</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styles: `
    form {
      display: grid;
      gap: 8px;
      max-width: 32rem;
    }
    label,
    .field {
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
  readonly isAdmin = computed(() => this.user()?.role === 'admin');
  readonly review = this.store.selectSignal(signOffFeature.selectReview);
  readonly reviewError = this.store.selectSignal(signOffFeature.selectReviewError);
  readonly programme = this.store.selectSignal(programmeFeature.selectCurrent);
  /** The last month that can be signed off: this month, or the programme's last month of delivery. */
  readonly lastMonth = computed(() => {
    const end = this.programme()?.deliveryEnd.slice(0, 7);
    const now = this.today.slice(0, 7);
    return end && end < now ? end : now;
  });
  /** The programme's months up to the last that can be signed off, named in words. */
  readonly months = computed(() => {
    const start = this.programme()?.startDate.slice(0, 7);
    const months = start ? monthsNewestFirst(start, this.lastMonth()) : [];
    return months.length > 0 ? months : [this.month()];
  });
  readonly ukMonth = ukMonth;
  readonly ukDate = ukDate;
  readonly plural = plural;
  readonly duration = duration;
  readonly la = signal('');
  readonly month = linkedSignal(() => defaultMonth(this.today, this.programme()));
  readonly currentLa = computed(() => this.laCode() ?? this.la());
  readonly monthText = computed(() => ukMonth(this.month()));
  readonly confirming = signal(false);
  readonly reasons = signal<Record<string, string>>({});

  constructor() {
    dispatchOnOpen(() => SignOffPageActions.opened({ programmeId: this.programmeId() }));
    // A new LA or month: its review, and the last sign-off's messages cleared.
    effect(() => {
      const laCode = this.currentLa();
      const month = this.month();
      if (!laCode || !month) return;
      this.store.dispatch(
        SignOffPageActions.reviewRequested({ programmeId: this.programmeId(), laCode, month }),
      );
    });
  }

  setMonth(month: string): void {
    this.confirming.set(false);
    this.month.set(month);
  }

  setLa(la: string): void {
    this.confirming.set(false);
    this.la.set(la.trim());
  }

  setReason(key: string, reason: string): void {
    this.reasons.update((all) => ({ ...all, [key]: reason }));
  }

  askToConfirm(): void {
    if (this.review()) this.confirming.set(true);
  }

  reopen(laCode: string, month: string): void {
    const reason = (this.reasons()[laCode + month] ?? '').trim();
    if (!reason) return;
    this.store.dispatch(
      SignOffPageActions.reopenSubmitted({
        programmeId: this.programmeId(),
        laCode,
        month,
        reason,
      }),
    );
  }

  signOff(): void {
    const laCode = this.currentLa();
    this.confirming.set(false);
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
