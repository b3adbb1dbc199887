import { MigrationInterface, QueryRunner } from 'typeorm';

export class FamilyReferralSource1796600183145 implements MigrationInterface {
  name = 'FamilyReferralSource1796600183145';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "families" ADD "referral_source" character varying(30)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "families" DROP COLUMN "referral_source"');
  }
}
