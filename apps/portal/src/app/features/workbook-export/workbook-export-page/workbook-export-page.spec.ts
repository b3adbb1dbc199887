import { describe, it, expect, jest } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Store } from '@ngrx/store';
import { WorkbookExportPageActions } from '../workbook-export.actions';
import { initialWorkbookExportState, WorkbookExportState } from '../workbook-export.feature';
import { initialProgrammeState } from '../../../core/programme/programme.feature';
import { WorkbookExportPage } from './workbook-export-page';

describe('WorkbookExportPage', () => {
  let fixture: ComponentFixture<WorkbookExportPage>;
  let dispatch: ReturnType<typeof jest.fn>;
  const el = () => fixture.nativeElement as HTMLElement;

  async function render(state: Partial<WorkbookExportState>) {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          initialState: {
            programme: initialProgrammeState,
            workbookExport: { ...initialWorkbookExportState, ...state },
          },
        }),
      ],
    });
    const store = TestBed.inject(Store) as MockStore;
    dispatch = jest.fn();
    store.dispatch = dispatch;
    fixture = TestBed.createComponent(WorkbookExportPage);
    fixture.componentRef.setInput('programmeId', 'p1');
    await fixture.whenStable();
  }

  it("opens on the address's programme and starts an export of that one", async () => {
    await render({ selectedId: 'p1' });
    expect(dispatch).toHaveBeenCalledWith(WorkbookExportPageActions.opened({ programmeId: 'p1' }));
    const button = el().querySelector('button[type="submit"]') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Export workbook');
    button.click();
    expect(dispatch).toHaveBeenCalledWith(
      WorkbookExportPageActions.exportRequested({ programmeId: 'p1' }),
    );
  });

  it('shows a labelled progress bar and the step announced in a polite live region', async () => {
    await render({
      selectedId: 'p1',
      status: 'running',
      jobId: 'j1',
      progress: 47,
      announcedStep: 40,
      announcement: 'Export 40% done.',
    });
    const bar = el().querySelector('mat-progress-bar')!;
    expect(bar.getAttribute('aria-label')).toBe('Workbook export progress');
    expect(bar.getAttribute('aria-valuenow')).toBe('47');
    const live = el().querySelector('[data-testid="announcement"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent?.trim()).toBe('Export 40% done.');
    expect(el().textContent).toContain('Writing the workbook: 47% done.');
    expect((el().querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(true);
    expect(el().querySelector('[data-testid="download"]')).toBeNull();
  });

  it('offers the download once the job has succeeded', async () => {
    await render({
      selectedId: 'p1',
      status: 'succeeded',
      progress: 100,
      downloadUrl: '/api/jobs/j1/download',
    });
    const link = el().querySelector('[data-testid="download"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/api/jobs/j1/download');
    expect(link.hasAttribute('download')).toBe(true);
    expect((el().querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says why an export failed, as an alert', async () => {
    await render({ status: 'failed', error: 'The costs cannot be worked out: no unit cost.' });
    const error = el().querySelector('[data-testid="error"]')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent?.trim()).toBe('The costs cannot be worked out: no unit cost.');
  });

  it('stops following the export when the page is left', async () => {
    await render({});
    fixture.destroy();
    expect(dispatch).toHaveBeenCalledWith(WorkbookExportPageActions.left());
  });
});
