import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows the capacity figures are computed from, with their programme column. */
const TRACKED: ReadonlyArray<[table: string, column: string]> = [
  ['programmes', 'id'],
  ['local_authorities', 'programme_id'],
  ['staff', 'programme_id'],
  ['practitioners', 'programme_id'],
  ['families', 'programme_id'],
  ['family_sessions', 'programme_id'],
  ['supervision_sessions', 'programme_id'],
  ['supervision_attendees', 'programme_id'],
  ['time_entries', 'programme_id'],
];
const EVENTS = [
  ['insert', 'INSERT', 'NEW TABLE AS changed_rows'],
  ['update', 'UPDATE', 'NEW TABLE AS changed_rows'],
  ['delete', 'DELETE', 'OLD TABLE AS changed_rows'],
] as const;

/**
 * A per-programme change counter, bumped in the writing transaction by
 * statement-level triggers (one upsert per statement, so a bulk import costs
 * one bump per batch). The capacity endpoint reads it in the same snapshot as
 * its aggregates and caches the result under it: a cached answer is served
 * only while no tracked table of that programme has changed. No foreign key,
 * so that deleting a programme (which cascades here) never trips over it.
 */
export class DeliveryVersions1795329501082 implements MigrationInterface {
  name = 'DeliveryVersions1795329501082';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "delivery_versions" ("programme_id" uuid NOT NULL, "version" bigint NOT NULL, CONSTRAINT "PK_delivery_versions" PRIMARY KEY ("programme_id"))',
    );
    await queryRunner.query(`CREATE FUNCTION bump_delivery_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'INSERT INTO delivery_versions (programme_id, version) SELECT DISTINCT %I, 1 FROM changed_rows
     ON CONFLICT (programme_id) DO UPDATE SET version = delivery_versions.version + 1',
    TG_ARGV[0]);
  RETURN NULL;
END $$`);
    for (const [table, column] of TRACKED) {
      for (const [name, event, referencing] of EVENTS) {
        if (table === 'programmes' && event === 'DELETE') continue;
        await queryRunner.query(
          `CREATE TRIGGER "${table}_delivery_version_${name}" AFTER ${event} ON "${table}" REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION bump_delivery_version('${column}')`,
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of TRACKED) {
      for (const [name] of EVENTS) {
        await queryRunner.query(
          `DROP TRIGGER IF EXISTS "${table}_delivery_version_${name}" ON "${table}"`,
        );
      }
    }
    await queryRunner.query('DROP FUNCTION bump_delivery_version()');
    await queryRunner.query('DROP TABLE "delivery_versions"');
  }
}
