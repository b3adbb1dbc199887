import { OPTIONAL_FILES, PACKAGE_FILES, type PackageRecords } from '@attune/domain';
import { generateFamilies } from './la-families';
import { generateMilestones } from './la-milestones';
import { generateSupervision } from './la-supervision';
import { generateTimeEntries } from './la-time';
import { practitionerRecord } from './plan';
import { streamFor } from './prng';
import { priceIndex, programmeRecord, staffName, unitCosts } from './reference-data';
import { laResources, programmeResources } from './resources';
import { fillerForLa } from './scale-estimate';
import {
  COHORT_SIZE,
  resolveScaleOptions,
  ScaleLayout,
  scaleCohorts,
  scaleLaPlan,
  scaleLaStaff,
  scaleLayout,
  scaleLocalAuthority,
  supervisorCode,
  trainerCode,
  type ScaleOptions,
} from './scale-plan';
import { generateTraining } from './training';

export { estimateLedgerLines } from './scale-estimate';
export type { ScaleOptions } from './scale-plan';

/** Each file of the data package with the record type of its rows (the domain's own map). */
export type ScaleRecordByFile = PackageRecords;
export type ScaleFile = keyof ScaleRecordByFile;
export type ScaleChunk = { [F in ScaleFile]: { file: F; record: ScaleRecordByFile[F] } }[ScaleFile];

/**
 * The files in the order they are emitted: DESIGN.md's, every file after the
 * files it refers to (not the optional ones: no admin's rule sets, and one
 * history step per family, which the import makes).
 */
export const SCALE_FILE_ORDER: readonly ScaleFile[] = PACKAGE_FILES.filter(
  (file) => !OPTIONAL_FILES.has(file),
);

function* chunks<F extends ScaleFile>(
  file: F,
  records: Iterable<ScaleRecordByFile[F]>,
): Generator<ScaleChunk> {
  for (const record of records) yield { file, record } as ScaleChunk;
}

/** Runs over the LAs, building one LA at a time (deterministically, so each pass sees the same LA). */
function* perLa<F extends ScaleFile>(
  layout: ScaleLayout,
  file: F,
  build: (laIndex: number) => Iterable<ScaleRecordByFile[F]>,
): Generator<ScaleChunk> {
  for (let i = 0; i < layout.options.localAuthorities; i++) yield* chunks(file, build(i));
}

function laWork(layout: ScaleLayout, laIndex: number) {
  const plan = scaleLaPlan(layout, laIndex);
  const families = generateFamilies(plan);
  return { plan, families, supervision: generateSupervision(plan, families) };
}

/**
 * A national-scale synthetic programme (150 LAs, 5,000 practitioners and
 * about 2,000,000 staff-time ledger lines by default), streamed record by
 * record, file by file in dependency order. Only one LA's records are held
 * at a time: an LA is rebuilt from the seed for each file that needs it.
 */
export function* scaleRecords(options: ScaleOptions = {}): Generator<ScaleChunk> {
  const layout = scaleLayout(resolveScaleOptions(options));
  const { seed, localAuthorities, practitioners } = layout.options;
  const plan = (i: number) => scaleLaPlan(layout, i);

  yield* chunks('programme.csv', [
    programmeRecord(`National synthetic VIG programme (${localAuthorities} LAs, seed ${seed})`),
  ]);
  yield* perLa(layout, 'local_authorities.csv', (i) => [scaleLocalAuthority(i)]);
  yield* perLa(layout, 'staff.csv', (i) => scaleLaStaff(plan(i), i));
  for (let k = 0; k < layout.totalSupervisors; k++) {
    yield {
      file: 'staff.csv',
      record: {
        code: supervisorCode(k),
        displayName: staffName(500_000 + k),
        costRole: 'vig_supervisor',
        laCode: null,
      },
    };
  }
  for (let k = 0; k < layout.trainers; k++) {
    yield {
      file: 'staff.csv',
      record: {
        code: trainerCode(k),
        displayName: staffName(900_000 + k),
        costRole: 'vig_trainer',
        laCode: null,
      },
    };
  }
  yield* perLa(layout, 'practitioners.csv', (i) => plan(i).practitioners.map(practitionerRecord));
  yield* perLa(layout, 'families.csv', (i) => generateFamilies(plan(i)).map((f) => f.record));
  yield* perLa(layout, 'family_sessions.csv', (i) =>
    generateFamilies(plan(i)).flatMap((f) => f.sessions),
  );
  yield* perLa(layout, 'supervision_sessions.csv', (i) => laWork(layout, i).supervision.sessions);
  yield* perLa(layout, 'supervision_attendees.csv', (i) => laWork(layout, i).supervision.attendees);
  const training = (i: number) => {
    const la = plan(i);
    return scaleCohorts(layout, la, i).map((cohort) =>
      generateTraining(cohort, streamFor(seed, cohort.id, 'training')),
    );
  };
  yield* perLa(layout, 'training_events.csv', (i) => training(i).flatMap((t) => t.events));
  yield* perLa(layout, 'training_attendees.csv', (i) => training(i).flatMap((t) => t.attendees));
  yield* perLa(layout, 'milestones.csv', (i) => {
    const work = laWork(layout, i);
    return generateMilestones(
      work.plan,
      work.families,
      work.supervision,
      trainerCode((2 * i) % layout.trainers),
    );
  });
  yield* perLa(layout, 'time_entries.csv', (i) => {
    const withFiller = scaleLaPlan(layout, i, fillerForLa(layout, i));
    const families = generateFamilies(withFiller);
    return generateTimeEntries(withFiller, families, generateSupervision(withFiller, families));
  });
  yield* chunks('unit_costs.csv', unitCosts());
  yield* chunks('price_index.csv', priceIndex());
  yield* perLa(layout, 'resources.csv', (i) =>
    laResources(
      scaleLocalAuthority(i).code,
      layout.practitionersIn[i] ?? 0,
      streamFor(seed, i, 'resources'),
    ),
  );
  const cohorts = layout.practitionersIn.reduce((sum, n) => sum + Math.ceil(n / COHORT_SIZE), 0);
  yield* chunks('resources.csv', programmeResources(practitioners, cohorts));
}
