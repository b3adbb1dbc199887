import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { HealthPageActions } from '../health.actions';
import { healthFeature } from '../health.feature';
import { HealthStatus } from '../health-status/health-status';

@Component({
  selector: 'att-health-page',
  imports: [HealthStatus, MatButtonModule],
  template: `
    <section class="page">
      <h1>System health</h1>
      <att-health-status
        [api]="apiStatus()"
        [database]="databaseStatus()"
        [report]="report()"
        [error]="error()"
        [checkedAt]="checkedAt()"
        [loading]="loading()"
      />
      <button mat-stroked-button type="button" (click)="refresh()" [disabled]="loading()">
        Check again
      </button>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HealthPage implements OnInit {
  private readonly store = inject(Store);
  readonly apiStatus = this.store.selectSignal(healthFeature.selectApiStatus);
  readonly databaseStatus = this.store.selectSignal(healthFeature.selectDatabaseStatus);
  readonly report = this.store.selectSignal(healthFeature.selectReport);
  readonly error = this.store.selectSignal(healthFeature.selectError);
  readonly checkedAt = this.store.selectSignal(healthFeature.selectCheckedAt);
  readonly loading = this.store.selectSignal(healthFeature.selectLoading);

  ngOnInit(): void {
    this.store.dispatch(HealthPageActions.opened());
  }

  refresh(): void {
    this.store.dispatch(HealthPageActions.refreshClicked());
  }
}
