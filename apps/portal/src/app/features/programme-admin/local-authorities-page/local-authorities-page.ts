import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { Store } from '@ngrx/store';
import { dispatchOnOpen } from '../admin-state';
import {
  LocalAuthorityForm,
  type LocalAuthoritySubmission,
} from '../local-authority-form/local-authority-form';
import { LocalAuthoritiesPageActions } from '../local-authorities/local-authorities.actions';
import { localAuthoritiesFeature } from '../local-authorities/local-authorities.feature';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/** The admin's local authorities of one programme: the table, add, rename. */
@Component({
  selector: 'att-local-authorities-page',
  imports: [CardsOnPhone, ScrollRegion, LocalAuthorityForm],
  template: `
    <section class="page">
      <h1>Local authorities</h1>
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
      <div attScrollRegion>
        <table attCardsOnPhone data-testid="la-table">
          <caption>
            Local authorities ({{
              items().length
            }})
          </caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Name</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            @for (la of items(); track la.code) {
              <tr [attr.data-code]="la.code">
                <th scope="row">{{ la.code }}</th>
                <td>{{ la.name }}</td>
                <td>
                  <button type="button" [disabled]="saving()" (click)="editingCode.set(la.code)">
                    Rename <span class="visually-hidden">{{ la.code }}</span>
                  </button>
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="3">No local authorities yet.</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <h2>{{ editing() ? 'Rename a local authority' : 'Add a local authority' }}</h2>
      <att-local-authority-form
        [editing]="editing()"
        [busy]="saving()"
        [problems]="problems()"
        [saved]="saved()"
        (submitted)="submit($event)"
        (cancelled)="editingCode.set(null)"
      />
    </section>
  `,
  styles: `
    table {
      border-collapse: collapse;
      margin-block: 8px 24px;
    }
    th,
    td {
      padding: 4px 8px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant, #ddd);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class LocalAuthoritiesPage {
  private readonly store = inject(Store);
  /** The programme of the address, bound by the router. */
  readonly programmeId = input.required<string>();
  readonly items = this.store.selectSignal(localAuthoritiesFeature.selectItems);
  readonly loadError = this.store.selectSignal(localAuthoritiesFeature.selectLoadError);
  readonly saving = this.store.selectSignal(localAuthoritiesFeature.selectSaving);
  readonly saveError = this.store.selectSignal(localAuthoritiesFeature.selectSaveError);
  readonly problems = this.store.selectSignal(localAuthoritiesFeature.selectProblems);
  readonly message = this.store.selectSignal(localAuthoritiesFeature.selectMessage);
  readonly saved = this.store.selectSignal(localAuthoritiesFeature.selectSaved);
  readonly editingCode = signal<string | null>(null);
  readonly editing = computed(
    () => this.items().find((la) => la.code === this.editingCode()) ?? null,
  );

  constructor() {
    dispatchOnOpen(() => LocalAuthoritiesPageActions.opened({ programmeId: this.programmeId() }));
    effect(() => {
      if (this.saved() > 0) this.editingCode.set(null);
    });
  }

  submit(submission: LocalAuthoritySubmission): void {
    this.store.dispatch(
      submission.kind === 'create'
        ? LocalAuthoritiesPageActions.createSubmitted({ la: submission.la })
        : LocalAuthoritiesPageActions.updateSubmitted(submission),
    );
  }
}
