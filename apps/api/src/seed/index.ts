// The seed generators the CLI (`seed:demo`, `seed:scale`) and the importer call.
export { buildDemoProgramme, DEMO_SEED } from './demo-programme';
export {
  estimateLedgerLines,
  SCALE_FILE_ORDER,
  scaleRecords,
  type ScaleChunk,
  type ScaleFile,
  type ScaleOptions,
  type ScaleRecordByFile,
} from './scale-programme';
export { ledgerPersonMinutes, packageProblems } from './invariants';
