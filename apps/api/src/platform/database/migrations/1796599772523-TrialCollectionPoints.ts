import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrialCollectionPoints1796599772523 implements MigrationInterface {
  name = 'TrialCollectionPoints1796599772523';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "ineligible_referrals" ("id" BIGSERIAL NOT NULL, "programme_id" uuid NOT NULL, "la_id" uuid NOT NULL, "reason" character varying(40) NOT NULL, "referral_date" date NOT NULL, CONSTRAINT "PK_5efe3e9baff0b711adb306b9483" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ineligible_referrals_programme_idx" ON "ineligible_referrals"  ("programme_id") ',
    );
    await queryRunner.query('ALTER TABLE "families" ADD "baseline_completed_on" date');
    await queryRunner.query(
      'ALTER TABLE "families" ADD "follow_up4m_status" character varying(20)',
    );
    await queryRunner.query('ALTER TABLE "families" ADD "follow_up4m_on" date');
    await queryRunner.query('ALTER TABLE "families" ADD "outcome6m_recorded_on" date');
    await queryRunner.query('ALTER TABLE "families" ADD "support_needed" boolean');
    await queryRunner.query('ALTER TABLE "families" ADD "support_kind" character varying(40)');
    await queryRunner.query(
      'ALTER TABLE "families" ADD "outside_trial_reason" character varying(200)',
    );
    await queryRunner.query(
      'ALTER TABLE "ineligible_referrals" ADD CONSTRAINT "FK_991f137881e3c1be4da64caedfe" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ineligible_referrals" ADD CONSTRAINT "FK_a9f53dcf194166137f9aeda5c42" FOREIGN KEY ("la_id") REFERENCES "local_authorities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "ineligible_referrals" DROP CONSTRAINT "FK_a9f53dcf194166137f9aeda5c42"',
    );
    await queryRunner.query(
      'ALTER TABLE "ineligible_referrals" DROP CONSTRAINT "FK_991f137881e3c1be4da64caedfe"',
    );
    await queryRunner.query('ALTER TABLE "families" DROP COLUMN "outside_trial_reason"');
    await queryRunner.query('ALTER TABLE "families" DROP COLUMN "support_kind"');
    await queryRunner.query('ALTER TABLE "families" DROP COLUMN "support_needed"');
    await queryRunner.query('ALTER TABLE "families" DROP COLUMN "outcome6m_recorded_on"');
    await queryRunner.query('ALTER TABLE "families" DROP COLUMN "follow_up4m_on"');
    await queryRunner.query('ALTER TABLE "families" DROP COLUMN "follow_up4m_status"');
    await queryRunner.query('ALTER TABLE "families" DROP COLUMN "baseline_completed_on"');
    await queryRunner.query('DROP INDEX "public"."ineligible_referrals_programme_idx"');
    await queryRunner.query('DROP TABLE "ineligible_referrals"');
  }
}
