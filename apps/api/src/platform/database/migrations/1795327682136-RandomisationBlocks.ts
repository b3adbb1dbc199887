import { MigrationInterface, QueryRunner } from 'typeorm';

export class RandomisationBlocks1795327682136 implements MigrationInterface {
  name = 'RandomisationBlocks1795327682136';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "randomisation_blocks" ("programme_id" uuid NOT NULL, "la_id" uuid NOT NULL, "state" jsonb, "allocations" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_d918c1d748e5dae465a603daa57" PRIMARY KEY ("programme_id", "la_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "randomisation_blocks" ADD CONSTRAINT "FK_13db5976dec8108ce0af0ee37e9" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "randomisation_blocks" ADD CONSTRAINT "FK_7dd2481eaf7218993a40cec6576" FOREIGN KEY ("la_id") REFERENCES "local_authorities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "randomisation_blocks" DROP CONSTRAINT "FK_7dd2481eaf7218993a40cec6576"',
    );
    await queryRunner.query(
      'ALTER TABLE "randomisation_blocks" DROP CONSTRAINT "FK_13db5976dec8108ce0af0ee37e9"',
    );
    await queryRunner.query('DROP TABLE "randomisation_blocks"');
  }
}
