import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthAudit1795327431005 implements MigrationInterface {
  name = 'AuthAudit1795327431005';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "user_email" character varying(320), "user_role" character varying(20), "action" character varying(100) NOT NULL, "entity_type" character varying(100) NOT NULL, "entity_id" character varying(200), "before" jsonb, "after" jsonb, "request_id" character varying(64), "address" character varying(64), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_events_user_email_idx" ON "audit_events"  ("user_email") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_events_action_idx" ON "audit_events"  ("action") ',
    );
    await queryRunner.query('CREATE INDEX "audit_events_at_idx" ON "audit_events"  ("at") ');
    await queryRunner.query(
      'CREATE TABLE "sign_in_attempts" ("id" BIGSERIAL NOT NULL, "email" character varying(320) NOT NULL, "address" character varying(64) NOT NULL, "outcome" character varying(10) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b5b5e9a98dbb74ada205a0084d8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "sign_in_attempts_at_idx" ON "sign_in_attempts"  ("at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "sign_in_attempts_address_at_idx" ON "sign_in_attempts"  ("address", "at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "sign_in_attempts_email_at_idx" ON "sign_in_attempts"  ("email", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "idle_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "address" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"  ("token_hash") ',
    );
    await queryRunner.query('CREATE INDEX "sessions_user_id_idx" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Append-only whoever connects (the embedded setup connects as the table's owner, whom REVOKE would not bind).
    await queryRunner.query(
      "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$",
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"',
    );
    await queryRunner.query('DROP INDEX "public"."sessions_user_id_idx"');
    await queryRunner.query('DROP INDEX "public"."sessions_token_hash_key"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."sign_in_attempts_email_at_idx"');
    await queryRunner.query('DROP INDEX "public"."sign_in_attempts_address_at_idx"');
    await queryRunner.query('DROP INDEX "public"."sign_in_attempts_at_idx"');
    await queryRunner.query('DROP TABLE "sign_in_attempts"');
    await queryRunner.query('DROP TRIGGER audit_events_no_truncate ON "audit_events"');
    await queryRunner.query('DROP TRIGGER audit_events_no_update_delete ON "audit_events"');
    await queryRunner.query('DROP FUNCTION audit_events_append_only()');
    await queryRunner.query('DROP INDEX "public"."audit_events_at_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_action_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_user_email_idx"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
