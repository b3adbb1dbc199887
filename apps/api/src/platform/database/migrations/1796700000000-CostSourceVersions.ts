import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of the cost summary's and accreditation's sources, beyond the
 * delivery tables DeliveryVersions1795329501082 tracks: a change to any of
 * them bumps the programme's delivery_versions row in the writing
 * transaction (the same statement-level trigger function), so an answer
 * cached under a version is never served once any of its sources changed.
 */
const TRACKED = [
  'unit_costs',
  'price_indices',
  'resources',
  'training_events',
  'training_trainers',
  'training_attendees',
  'milestones',
  'rule_sets',
] as const;
const EVENTS = [
  ['insert', 'INSERT', 'NEW TABLE AS changed_rows'],
  ['update', 'UPDATE', 'NEW TABLE AS changed_rows'],
  ['delete', 'DELETE', 'OLD TABLE AS changed_rows'],
] as const;

export class CostSourceVersions1796700000000 implements MigrationInterface {
  name = 'CostSourceVersions1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TRACKED) {
      for (const [name, event, referencing] of EVENTS) {
        await queryRunner.query(
          `CREATE TRIGGER "${table}_delivery_version_${name}" AFTER ${event} ON "${table}" REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION bump_delivery_version('programme_id')`,
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TRACKED) {
      for (const [name] of EVENTS) {
        await queryRunner.query(
          `DROP TRIGGER IF EXISTS "${table}_delivery_version_${name}" ON "${table}"`,
        );
      }
    }
  }
}
