import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeSensitivity1796599742270 implements MigrationInterface {
  name = 'ProgrammeSensitivity1796599742270';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "programmes" ADD "sensitivity_low" numeric NOT NULL DEFAULT 0.8',
    );
    await queryRunner.query(
      'ALTER TABLE "programmes" ADD "sensitivity_high" numeric NOT NULL DEFAULT 1.2',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "programmes" DROP COLUMN "sensitivity_high"');
    await queryRunner.query('ALTER TABLE "programmes" DROP COLUMN "sensitivity_low"');
  }
}
