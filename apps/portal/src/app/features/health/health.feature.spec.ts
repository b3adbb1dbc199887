import { describe, it, expect } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { firstValueFrom, of, throwError, toArray } from 'rxjs';
import { HealthApiActions, HealthPageActions } from './health.actions';
import { HealthApi } from './health.api';
import { loadHealth } from './health.effects';
import { healthFeature, initialHealthState } from './health.feature';
import { HealthReport } from './health.models';

const up: HealthReport = {
  status: 'ok',
  database: { status: 'up', latencyMs: 1.4, migrationsPending: false },
  uptimeSeconds: 12,
};
const dbDown: HealthReport = { status: 'error', database: { status: 'down' }, uptimeSeconds: 3 };
const at = '2026-01-01T09:00:00.000Z';

describe('health reducer and selectors', () => {
  const reduce = healthFeature.reducer;

  it('shows progress, then the report', () => {
    const loading = reduce(initialHealthState, HealthPageActions.opened());
    expect(loading.loading).toBe(true);
    const loaded = reduce(loading, HealthApiActions.reportLoaded({ report: up, checkedAt: at }));
    expect(loaded).toEqual({ report: up, checkedAt: at, loading: false, error: null });
  });

  it('drops a stale report when the API cannot be asked', () => {
    const loaded = { ...initialHealthState, report: up };
    const failed = reduce(loaded, HealthApiActions.reportFailed({ error: 'unreachable' }));
    expect(failed).toMatchObject({ report: null, error: 'unreachable', loading: false });
  });

  it('derives the API and database status', () => {
    const { selectApiStatus, selectDatabaseStatus } = healthFeature;
    expect(selectApiStatus.projector(up, null)).toBe('up');
    expect(selectApiStatus.projector(null, 'unreachable')).toBe('down');
    expect(selectApiStatus.projector(null, null)).toBe('unknown');
    expect(selectDatabaseStatus.projector(up)).toBe('up');
    expect(selectDatabaseStatus.projector(dbDown)).toBe('down');
    expect(selectDatabaseStatus.projector(null)).toBe('unknown');
  });
});

describe('loadHealth effect', () => {
  const run = (api: Pick<HealthApi, 'check'>) =>
    firstValueFrom(
      loadHealth(of(HealthPageActions.refreshClicked()), api as HealthApi).pipe(toArray()),
    );

  it('loads the report', async () => {
    const [action] = await run({ check: () => of(up) });
    expect(action).toMatchObject({ type: HealthApiActions.reportLoaded.type, report: up });
  });

  it('says why when the API cannot be reached', async () => {
    const [action] = await run({
      check: () => throwError(() => new HttpErrorResponse({ status: 0 })),
    });
    expect(action).toEqual(
      HealthApiActions.reportFailed({
        error: 'Attune cannot be reached. Check your connection and try again.',
      }),
    );
  });
});
