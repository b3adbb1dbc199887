import { MigrationInterface, QueryRunner } from 'typeorm';

export class TimeEntryImports1796609531957 implements MigrationInterface {
  name = 'TimeEntryImports1796609531957';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "time_entry_imports" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "programme_id" uuid NOT NULL, "content_hash" character(64) NOT NULL, "format" character varying(10) NOT NULL, "file_name" character varying(255) NOT NULL, "rows" integer NOT NULL, "minutes" bigint NOT NULL, "imported_by" uuid, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "time_entry_imports_programme_hash_key" UNIQUE ("programme_id", "content_hash"), CONSTRAINT "PK_78a9ea3bc03c68feb73c4fedff4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "time_entry_imports" ADD CONSTRAINT "FK_d43871afd44837023b2506ed0fb" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "time_entry_imports" DROP CONSTRAINT "FK_d43871afd44837023b2506ed0fb"',
    );
    await queryRunner.query('DROP TABLE "time_entry_imports"');
  }
}
