import { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1795327216866 implements MigrationInterface {
  name = 'Jobs1795327216866';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "job_chunks" ("job_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_931c1843d18d2c5f1fa52ab66ab" PRIMARY KEY ("job_id", "seq"))',
    );
    await queryRunner.query(
      'CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(40) NOT NULL, "params" jsonb NOT NULL DEFAULT \'{}\', "status" character varying(12) NOT NULL DEFAULT \'queued\', "progress" smallint NOT NULL DEFAULT \'0\', "requested_by" uuid NOT NULL, "attempts" smallint NOT NULL DEFAULT \'0\', "locked_by" character varying(120), "heartbeat_at" TIMESTAMP WITH TIME ZONE, "error" character varying(500), "result_file_name" character varying(200), "result_content_type" character varying(120), "result_bytes" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "jobs_queue_idx" ON "jobs"  ("status", "created_at") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."jobs_queue_idx"');
    await queryRunner.query('DROP TABLE "jobs"');
    await queryRunner.query('DROP TABLE "job_chunks"');
  }
}
