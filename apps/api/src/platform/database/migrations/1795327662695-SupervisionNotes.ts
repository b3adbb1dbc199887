import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupervisionNotes1795327662695 implements MigrationInterface {
  name = 'SupervisionNotes1795327662695';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "supervision_sessions" ADD "notes" text');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "supervision_sessions" DROP COLUMN "notes"');
  }
}
