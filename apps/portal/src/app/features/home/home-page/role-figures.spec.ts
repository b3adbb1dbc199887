import { describe, it, expect, afterEach } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialProgrammeState } from '../../../core/programme/programme.feature';
import type { ProgrammeOption } from '../../../core/programme/programme.models';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { CurrentUser } from '../../../core/auth/auth.models';
import HomePage from './home-page';
import { HomePageActions } from '../home.actions';
import { HomeState, initialHomeState } from '../home.feature';
import {
  AccreditationDetailRow,
  CapacityRow,
  FamilyView,
  ProgrammeView,
  RoleFigures,
} from '../home.models';

const programme = {
  id: 'P1',
  name: 'VIG north',
  startDate: '2021-06-01',
  intakeEnd: '2022-01-31',
  deliveryEnd: '2022-06-30',
  minFamiliesPerPractitioner: 6,
  localAuthorities: ['LA1', 'LA2'],
  importedAt: '2026-12-01T09:30:00.000Z',
} as ProgrammeView;

const capacity = (code: string, allocated: number, overdue: number) =>
  ({
    code,
    familiesAllocated: allocated,
    belowMinimum: allocated < 6,
    familiesOverdue: overdue,
  }) as CapacityRow;

const trainee = (row: Partial<AccreditationDetailRow>) =>
  ({
    code: 'PR1',
    status: 'active',
    cyclesCompleted: 3,
    onTrack: true,
    projectedAccreditationDate: '2022-05-01',
    daysSinceSupervision: 10,
    lastSupervisionDate: '2022-03-21',
    requirements: [],
    nextRequirement: 'Stage 2: 3 more completed cycles',
    stage: 2,
    ...row,
  }) as AccreditationDetailRow;

let dispatched: unknown[] = [];

async function render(
  user: CurrentUser,
  figures: RoleFigures | null,
  home: Partial<HomeState> = {},
  programmes?: ProgrammeOption[],
): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideMockStore({
        initialState: {
          auth: { ...initialAuthState, session: 'signed_in', user },
          home: { ...initialHomeState, figures, ...home },
          // Without programmes, no programme state: it comes with the first programme page.
          ...(programmes ? { programme: { ...initialProgrammeState, programmes } } : {}),
        },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  dispatched = [];
  store.scannedActions$.subscribe((action) => dispatched.push(action));
  const fixture = TestBed.createComponent(HomePage);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rows = (el: Element) =>
  [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => text(cell)));

afterEach(() => {
  TestBed.resetTestingModule();
});

describe('HomePage figures per role', () => {
  it("charts an LA manager's practitioners against the minimum, with the overdue families", async () => {
    const el = await render(
      { email: 'm@attune.test', role: 'la_manager', laCode: 'LA1' },
      { role: 'la_manager', programme, capacity: [capacity('PR1', 7, 0), capacity('PR2', 4, 2)] },
    );
    expect(dispatched).toContainEqual(
      HomePageActions.figuresOpened({
        email: 'm@attune.test',
        role: 'la_manager',
        staffCode: null,
      }),
    );
    const overview = el.querySelector('[data-testid="capacity-overview"]')!;
    expect(text(overview.querySelector('[data-testid="capacity-headline"]'))).toBe(
      '1 of 2 practitioners has fewer than 6 families; 2 active families are overdue a session.',
    );
    expect(overview.querySelector('svg')?.getAttribute('aria-label')).toContain(
      'Families per practitioner against the minimum of 6',
    );
    expect(overview.querySelectorAll('svg rect.bar')).toHaveLength(2);
    expect(rows(overview)).toEqual([
      ['PR1: open their capacity', 'Met', '0', '7 of 6'],
      ['PR2: open their capacity', '2 below', '2', '4 of 6'],
    ]);
    expect(overview.querySelector('p a')?.getAttribute('href')).toBe('/p/P1/families?overdue=true');
  });

  it("puts a supervisor's projections beside the delivery end and flags overdue supervision", async () => {
    const progress = {
      asOf: '2022-04-01',
      deliveryEnd: '2022-06-30',
      ruleSet: { code: 'aviguk', name: 'AVIGuk' },
      total: 2,
      items: [
        trainee({
          code: 'PR1',
          displayName: 'Ann',
          onTrack: false,
          projectedAccreditationDate: '2022-09-28',
          daysSinceSupervision: 40,
        }),
        trainee({ code: 'PR2', displayName: 'Bo' }),
        // No cycles lately: no projection, and off track (the headline counts her).
        trainee({
          code: 'PR3',
          displayName: 'Cy',
          onTrack: false,
          projectedAccreditationDate: null,
        }),
        // Paused: neither late nor counted off track.
        trainee({
          code: 'PR4',
          displayName: 'Di',
          status: 'paused',
          onTrack: null,
          projectedAccreditationDate: null,
        }),
      ],
    };
    const el = await render(
      { email: 's@attune.test', role: 'supervisor', laCode: null, staffCode: 'SUP1' },
      { role: 'supervisor', programme, progress },
    );
    expect(dispatched).toContainEqual(
      HomePageActions.figuresOpened({
        email: 's@attune.test',
        role: 'supervisor',
        staffCode: 'SUP1',
      }),
    );
    // Which of several imports of one name these figures are of, and the way to another.
    const which = el.querySelector('[data-testid="home-programme"]')!;
    expect(text(which)).toBe(
      'Figures of VIG north: 1 Jun 2021 to 30 Jun 2022, imported 1 Dec 2026, 09:30:00. Choose another programme',
    );
    expect(which.querySelector('a')?.getAttribute('href')).toBe('/choose-programme');
    const overview = el.querySelector('[data-testid="pace-overview"]')!;
    expect(text(overview.querySelector('[data-testid="pace-headline"]'))).toBe(
      '2 of 4 off track for accreditation by the delivery end (30 Jun 2022).',
    );
    expect(text(overview.querySelector('[data-testid="supervision-overdue"]'))).toBe(
      'Supervision overdue (more than 28 days): Ann.',
    );
    expect(rows(overview)).toEqual([
      ['Delivery end', '', '', '30 Jun 2022'],
      ['Ann', '3', '40', '28 Sep 2022, late'],
      ['Bo', '3', '10', '1 May 2022, on track'],
      ['Cy', '3', '10', 'no recent pace, off track'],
      ['Di', '3', '10', 'paused'],
    ]);
    // One time scale from the programme's start: the late bar passes the delivery end's, the on-track one stops short.
    const [end, late, onTrack] = [...overview.querySelectorAll('svg rect.bar')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(late).toBeGreaterThan(end!);
    expect(onTrack).toBeLessThan(end!);
  });

  it('names the import as the chooser does when another reads alike (same second)', async () => {
    const option = (id: string): ProgrammeOption => ({
      id,
      name: programme.name,
      startDate: programme.startDate,
      deliveryEnd: programme.deliveryEnd,
      priceYear: 2021,
      importedAt: programme.importedAt,
      localAuthorities: ['LA1'],
    });
    const twin = { ...programme, id: 'c1755421-0000-4000-8000-000000000000' };
    const el = await render(
      { email: 's@attune.test', role: 'supervisor', laCode: null, staffCode: 'SUP1' },
      {
        role: 'supervisor',
        programme: twin,
        progress: {
          asOf: '2022-04-01',
          deliveryEnd: '2022-06-30',
          ruleSet: { code: 'a', name: 'A' },
          total: 0,
          items: [],
        },
      },
      {},
      [option('P1'), option(twin.id)],
    );
    expect(text(el.querySelector('[data-testid="home-programme"]'))).toBe(
      'Figures of VIG north: 1 Jun 2021 to 30 Jun 2022, imported 1 Dec 2026, 09:30:00, ref c1755421. Choose another programme',
    );
  });

  it("shows a practitioner their families due a session and their stage's requirements", async () => {
    const families = [
      { reference: 'F-1', status: 'active', overdue: true, lastHeldSessionDate: '2022-03-01' },
      { reference: 'F-2', status: 'active', overdue: false, lastHeldSessionDate: '2022-03-30' },
      { reference: 'F-3', status: 'completed', overdue: false, lastHeldSessionDate: null },
    ] as FamilyView[];
    const progress = trainee({
      requirements: [
        { key: 'cycles', label: 'Completed cycles', required: 6, achieved: 3 },
        { key: 'new_families', label: 'Families worked with', required: 2, achieved: 2 },
        {
          key: 'supervision_minutes',
          label: 'Individual supervision',
          required: 450,
          achieved: 675,
        },
        { key: 'closing_milestone', label: 'Accreditation meeting', required: 1, achieved: 0 },
      ] as AccreditationDetailRow['requirements'],
    });
    const el = await render(
      { email: 'p@attune.test', role: 'practitioner', laCode: 'LA1', staffCode: 'PR1' },
      { role: 'practitioner', programme, families, progress },
    );
    expect(text(el.querySelector('[data-testid="families-headline"]'))).toBe(
      '2 active families; 1 due a session (none held for over 14 days).',
    );
    expect(text(el.querySelector('[data-testid="sessions-due"]'))).toBe(
      'F-1: last session 1 Mar 2022',
    );
    const mine = el.querySelector('[data-testid="my-progress-overview"]')!;
    expect(text(mine.querySelector('[data-testid="progress-headline"]'))).toBe(
      'Stage 2: 3 more completed cycles.',
    );
    // Minutes as hours, a surplus as met, as My progress says them.
    expect(rows(mine)).toEqual([
      ['Cycles', 'Completed cycles', '3 of 6', '3 of 6'],
      ['New families', 'Families worked with', '2 of 2', 'Met'],
      [
        'Supervision minutes',
        'Individual supervision',
        '11 h 15 min, more than the 7 h 30 min needed',
        'Met',
      ],
      ['Closing milestone', 'Accreditation meeting', 'Not yet', 'Not yet'],
    ]);
  });

  it('gives an economist the total, its gaps and the way to Costs', async () => {
    const costs = {
      complete: false,
      gaps: [{}, {}],
      priceYear: 2021,
      totals: { staffTime: '1000.50', resources: '234000.00', total: '235000.50' },
      byLocalAuthority: [
        { code: 'LA1', total: '200000.00' },
        { code: 'programme', total: '35000.50' },
      ],
    } as unknown as Extract<RoleFigures, { role: 'economist' }>['costs'];
    const el = await render(
      { email: 'e@attune.test', role: 'economist', laCode: null },
      { role: 'economist', programme, costs },
    );
    const overview = el.querySelector('[data-testid="costs-overview"]')!;
    expect(text(overview.querySelector('[data-testid="costs-total"]'))).toBe(
      'Total £235,000.50 at 2021 prices (staff time £1,000.50, resources £234,000.00).',
    );
    expect(text(overview.querySelector('[data-testid="costs-completeness"]'))).toBe(
      'Incomplete: 2 gaps; the figures total the costed lines only.',
    );
    expect(rows(overview)).toEqual([
      ['LA1', '£200,000.00'],
      ['Programme-wide', '£35,000.50'],
    ]);
    expect([...overview.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
      '/p/P1/costs',
    );
  });

  it("gives an admin every programme's status", async () => {
    const ended = { ...programme, id: 'P2', name: 'VIG south', deliveryEnd: '2022-06-30' };
    const future = {
      ...programme,
      id: 'P3',
      name: 'VIG east',
      startDate: '2027-01-01',
      intakeEnd: '2027-06-01',
      deliveryEnd: '2028-01-01',
    };
    const el = await render(
      { email: 'a@attune.test', role: 'admin', laCode: null },
      { role: 'admin', programmes: [ended, future], today: '2026-12-07' },
    );
    expect(rows(el.querySelector('[data-testid="programme-status"]')!)).toEqual([
      [
        'VIG south',
        'Delivery ended',
        '1 Jun 2021 to 30 Jun 2022',
        'LA1, LA2',
        '1 Dec 2026, 09:30:00',
      ],
      ['VIG east', 'Not started', '1 Jan 2027 to 1 Jan 2028', 'LA1, LA2', '1 Dec 2026, 09:30:00'],
    ]);
  });

  it('asks for a programme rather than guessing one, and says when the figures failed', async () => {
    const el = await render({ email: 'm@attune.test', role: 'la_manager', laCode: 'LA1' }, null, {
      needsChoice: true,
    });
    expect(el.querySelector('[data-testid="choose-programme"] a')?.getAttribute('href')).toBe(
      '/choose-programme',
    );
    TestBed.resetTestingModule();
    const failed = await render({ email: 'e@attune.test', role: 'economist', laCode: null }, null, {
      figuresError: 'The figures could not be read.',
    });
    expect(text(failed.querySelector('[data-testid="figures"] [role="alert"]'))).toBe(
      'The figures could not be read.',
    );
  });

  it('draws the rest of the page only once the figures are in, so nothing drawn moves down', async () => {
    const user: CurrentUser = { email: 'm@attune.test', role: 'la_manager', laCode: 'LA1' };
    const loading = await render(user, null, { figuresLoading: true });
    expect(text(loading.querySelector('[data-testid="figures"]'))).toBe('Reading your figures…');
    expect(loading.querySelector('[data-testid="pages"]')).toBeNull();
    expect(loading.querySelector('[data-testid="due-summary"]')).toBeNull();
    TestBed.resetTestingModule();
    const loaded = await render(user, { role: 'la_manager', programme, capacity: [] });
    expect(loaded.querySelector('[data-testid="pages"]')).not.toBeNull();
    expect(loaded.querySelector('[data-testid="due-summary"]')).not.toBeNull();
  });
});
