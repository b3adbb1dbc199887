import { MigrationInterface, QueryRunner } from 'typeorm';

export class Domain1795327487987 implements MigrationInterface {
  name = 'Domain1795327487987';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "funder" character varying(200) NOT NULL, "provider" character varying(200) NOT NULL, "start_date" date NOT NULL, "intake_start" date NOT NULL, "intake_end" date NOT NULL, "delivery_end" date NOT NULL, "report_due" date, "price_year" smallint NOT NULL, "discount_rate" numeric NOT NULL, "min_families_per_practitioner" integer NOT NULL, "min_sessions_per_family" integer NOT NULL, "cycles_per_family" integer NOT NULL, "target_practitioner_count" integer, "rule_set" character varying(60) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "local_authorities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_4459741634fb4fff5d87fbe305b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "local_authorities_programme_code_key" ON "local_authorities"  ("programme_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "display_name" character varying(200) NOT NULL, "cost_role" character varying(40) NOT NULL, "la_id" uuid, "notes" text, "version" integer NOT NULL, CONSTRAINT "PK_e4ee98bb552756c180aec1e854a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "staff_programme_la_idx" ON "staff"  ("programme_id", "la_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "staff_programme_code_key" ON "staff"  ("programme_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "practitioners" ("staff_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "substantive_role" character varying(40) NOT NULL, "fte" numeric NOT NULL, "vig_hours_per_week" numeric NOT NULL, "start_date" date NOT NULL, "supervisor_id" uuid, "status" character varying(20) NOT NULL, "status_date" date, "status_reason" character varying(40), "version" integer NOT NULL, CONSTRAINT "PK_cb77571483aaf51e601e32d7dc9" PRIMARY KEY ("staff_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "practitioners_supervisor_idx" ON "practitioners"  ("supervisor_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "practitioners_programme_idx" ON "practitioners"  ("programme_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "families" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "reference" character varying(40) NOT NULL, "la_id" uuid NOT NULL, "referral_date" date NOT NULL, "child_birth_month" character(7) NOT NULL, "plan_at_referral" character varying(10) NOT NULL, "court_proceedings" boolean NOT NULL, "trial_arm" character varying(20) NOT NULL, "randomisation_date" date, "practitioner_id" uuid, "consent_filming" boolean, "consent_clips_use" boolean, "status" character varying(20) NOT NULL, "status_date" date, "status_reason" character varying(40), "outcome6m" character varying(20), "version" integer NOT NULL, CONSTRAINT "PK_70414ac0c8f45664cf71324b9bb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "families_practitioner_idx" ON "families"  ("practitioner_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "families_programme_la_idx" ON "families"  ("programme_id", "la_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "families_programme_reference_key" ON "families"  ("programme_id", "reference") ',
    );
    await queryRunner.query(
      'CREATE TABLE "family_status_changes" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "programme_id" uuid NOT NULL, "family_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "status_date" date, "status_reason" character varying(40), "changed_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6a55440e22b6904834c23eb482" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "family_status_changes_family_idx" ON "family_status_changes"  ("family_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "family_sessions" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "programme_id" uuid NOT NULL, "family_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "date" date NOT NULL, "type" character varying(20) NOT NULL, "cycle" smallint, "outcome" character varying(30) NOT NULL, "contact_minutes" integer NOT NULL, "travel_minutes" integer NOT NULL, "prep_minutes" integer NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_b4cf1bc50fe14bbbc3e8cf9b056" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "family_sessions_practitioner_idx" ON "family_sessions"  ("practitioner_id", "date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "family_sessions_family_idx" ON "family_sessions"  ("family_id", "date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "family_sessions_programme_idx" ON "family_sessions"  ("programme_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "milestones" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "programme_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "date" date NOT NULL, "assessor_id" uuid, "outcome" character varying(20) NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_0bdbfe399c777a6a8520ff902d9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "milestones_programme_idx" ON "milestones"  ("programme_id", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "milestones_practitioner_idx" ON "milestones"  ("practitioner_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "period_locks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "la_id" uuid NOT NULL, "month" character(7) NOT NULL, "locked_by" uuid, "locked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_ec9e44eded83a9da92f16343202" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "period_locks_programme_la_month_key" ON "period_locks"  ("programme_id", "la_id", "month") ',
    );
    await queryRunner.query(
      'CREATE TABLE "price_indices" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "programme_id" uuid NOT NULL, "year" smallint NOT NULL, "index" numeric NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_29894a291c4f1b6c8e4f9b6dbb6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "price_indices_programme_year_key" ON "price_indices"  ("programme_id", "year") ',
    );
    await queryRunner.query(
      'CREATE TABLE "resources" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "programme_id" uuid NOT NULL, "description" character varying(300) NOT NULL, "category" character varying(30) NOT NULL, "la_id" uuid, "cost_type" character varying(20) NOT NULL, "quantity" numeric NOT NULL, "unit_cost_pence" integer NOT NULL, "price_year" smallint NOT NULL, "useful_life_years" integer NOT NULL DEFAULT \'1\', "bearer" character varying(20) NOT NULL, "date" date NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_632484ab9dff41bba94f9b7c85e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "resources_programme_la_idx" ON "resources"  ("programme_id", "la_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "rule_sets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "code" character varying(60) NOT NULL, "name" character varying(200) NOT NULL, "definition" jsonb NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_5fe503c220e68f5cd03bf887677" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "rule_sets_programme_code_key" ON "rule_sets"  ("programme_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "supervision_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "date" date NOT NULL, "supervisor_id" uuid NOT NULL, "format" character varying(20) NOT NULL, "mode" character varying(20) NOT NULL, "duration_minutes" integer NOT NULL, "prep_minutes" integer NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_d1ff76d33a78cef842c592843b9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "supervision_sessions_supervisor_idx" ON "supervision_sessions"  ("supervisor_id", "date") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "supervision_sessions_programme_code_key" ON "supervision_sessions"  ("programme_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "supervision_attendees" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "programme_id" uuid NOT NULL, "session_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "family_id" uuid, "cycle" smallint, "principles" text array, CONSTRAINT "PK_c9e4dd9d420b148d4ef7e7f8b4a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "supervision_attendees_programme_idx" ON "supervision_attendees"  ("programme_id", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "supervision_attendees_practitioner_idx" ON "supervision_attendees"  ("practitioner_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "supervision_attendees_session_practitioner_key" ON "supervision_attendees"  ("session_id", "practitioner_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "time_entries" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "programme_id" uuid NOT NULL, "staff_id" uuid NOT NULL, "date" date NOT NULL, "activity" character varying(30) NOT NULL, "minutes" integer NOT NULL, "la_id" uuid, "family_id" uuid, "note" text, "version" integer NOT NULL, CONSTRAINT "PK_b8bc5f10269ba2fe88708904aa0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "time_entries_family_idx" ON "time_entries"  ("family_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "time_entries_staff_idx" ON "time_entries"  ("staff_id", "date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "time_entries_programme_idx" ON "time_entries"  ("programme_id", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "time_entries_programme_la_date_idx" ON "time_entries"  ("programme_id", "la_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "training_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "date" date NOT NULL, "type" character varying(30) NOT NULL, "duration_minutes" integer NOT NULL, "venue" character varying(200), "version" integer NOT NULL, CONSTRAINT "PK_90742f2f0bb03c9b00b6e75940e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "training_events_programme_code_key" ON "training_events"  ("programme_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "training_attendees" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "programme_id" uuid NOT NULL, "event_id" uuid NOT NULL, "staff_id" uuid NOT NULL, "minutes_attended" integer NOT NULL, CONSTRAINT "PK_7ea941a8f1b93bd7f8acb8cfa6e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "training_attendees_programme_idx" ON "training_attendees"  ("programme_id", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "training_attendees_staff_idx" ON "training_attendees"  ("staff_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "training_attendees_event_staff_key" ON "training_attendees"  ("event_id", "staff_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "training_trainers" ("event_id" uuid NOT NULL, "position" smallint NOT NULL, "programme_id" uuid NOT NULL, "staff_id" uuid NOT NULL, CONSTRAINT "PK_24e41082365986ac1c93b94983c" PRIMARY KEY ("event_id", "position"))',
    );
    await queryRunner.query(
      'CREATE INDEX "training_trainers_staff_idx" ON "training_trainers"  ("staff_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "training_trainers_event_staff_key" ON "training_trainers"  ("event_id", "staff_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "unit_costs" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "programme_id" uuid NOT NULL, "cost_role" character varying(40) NOT NULL, "hourly_cost_pence" integer NOT NULL, "price_year" smallint NOT NULL, "basis" character varying(20) NOT NULL, "source" character varying(300) NOT NULL, "effective_from" date, "effective_to" date, "version" integer NOT NULL, CONSTRAINT "PK_5a2c44bfb4c2ca5580005deae0f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "unit_costs_programme_idx" ON "unit_costs"  ("programme_id", "cost_role") ',
    );
    await queryRunner.query(
      'ALTER TABLE "local_authorities" ADD CONSTRAINT "FK_d05cd286f33b502403a4016d098" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff" ADD CONSTRAINT "FK_2ef86bf4895366ac7c97c68000f" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff" ADD CONSTRAINT "FK_35cebae386c332a02ec79c68095" FOREIGN KEY ("la_id") REFERENCES "local_authorities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "practitioners" ADD CONSTRAINT "FK_cb77571483aaf51e601e32d7dc9" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "practitioners" ADD CONSTRAINT "FK_dba392d0761d3a729103ca16693" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "practitioners" ADD CONSTRAINT "FK_64da0913e86721552bebc581304" FOREIGN KEY ("supervisor_id") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "families" ADD CONSTRAINT "FK_7f7c6add511d6ab7cf0e2d648d9" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "families" ADD CONSTRAINT "FK_74a2a799241dd138c7f1080b18d" FOREIGN KEY ("la_id") REFERENCES "local_authorities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "families" ADD CONSTRAINT "FK_1c0be486ce8b7dca9a87cff5b23" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("staff_id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "family_status_changes" ADD CONSTRAINT "FK_10756ec373ae22f440317018ad1" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "family_status_changes" ADD CONSTRAINT "FK_b5766b5f75b26c218a1ad9dc82a" FOREIGN KEY ("family_id") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "family_sessions" ADD CONSTRAINT "FK_4d2ba59826482b14f04d52b4ef6" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "family_sessions" ADD CONSTRAINT "FK_5759cf092c7fd924c9f254219f9" FOREIGN KEY ("family_id") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "family_sessions" ADD CONSTRAINT "FK_ff66198c15973becea9e4447bba" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("staff_id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "milestones" ADD CONSTRAINT "FK_24495d3af76c823aed420bf623c" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "milestones" ADD CONSTRAINT "FK_bca4b2c2a30cfd561acad20221b" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("staff_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "milestones" ADD CONSTRAINT "FK_86ee2d427b27bb7f5c32f355065" FOREIGN KEY ("assessor_id") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "period_locks" ADD CONSTRAINT "FK_aa276d98af7eda4f26fc4c6b123" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "period_locks" ADD CONSTRAINT "FK_112dfaadc0c136bddb939beb813" FOREIGN KEY ("la_id") REFERENCES "local_authorities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "price_indices" ADD CONSTRAINT "FK_8023435d4d60eda59ef5f2b3117" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resources" ADD CONSTRAINT "FK_ce04d9a9b2cc966f3e9b7e7e6a7" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resources" ADD CONSTRAINT "FK_5a4545530124b47fa255b00f109" FOREIGN KEY ("la_id") REFERENCES "local_authorities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rule_sets" ADD CONSTRAINT "FK_73fed93eb65d57456acd87cd284" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_sessions" ADD CONSTRAINT "FK_bf8b7541cd584069accc70b9353" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_sessions" ADD CONSTRAINT "FK_fcb182eaf7da6265595254a590d" FOREIGN KEY ("supervisor_id") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_attendees" ADD CONSTRAINT "FK_206e90e7499388aefe89f4efc74" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_attendees" ADD CONSTRAINT "FK_50db20e545897df1871b72cc3cc" FOREIGN KEY ("session_id") REFERENCES "supervision_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_attendees" ADD CONSTRAINT "FK_38d5170c97363c59775ce81e44c" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("staff_id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_attendees" ADD CONSTRAINT "FK_be29c2f22b32ab768fd61707f0e" FOREIGN KEY ("family_id") REFERENCES "families"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "time_entries" ADD CONSTRAINT "FK_772e81e696a51fa17ad970e73c8" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "time_entries" ADD CONSTRAINT "FK_b4178e6687ab83f540ebf3df082" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "time_entries" ADD CONSTRAINT "FK_195bda2fc49ed82a691ff079d90" FOREIGN KEY ("la_id") REFERENCES "local_authorities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "time_entries" ADD CONSTRAINT "FK_1432ede3b901d9f724b61582881" FOREIGN KEY ("family_id") REFERENCES "families"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_events" ADD CONSTRAINT "FK_901a2790185ea9ed4818408c5bb" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_attendees" ADD CONSTRAINT "FK_06edb8021ce412eaef92b6bfb87" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_attendees" ADD CONSTRAINT "FK_70c5b75b291ca6e0d56663dcb79" FOREIGN KEY ("event_id") REFERENCES "training_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_attendees" ADD CONSTRAINT "FK_23995d8b8e1c51bff7a99f6a8c5" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_trainers" ADD CONSTRAINT "FK_1c0c06f57577e82b02ad85e0b52" FOREIGN KEY ("event_id") REFERENCES "training_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_trainers" ADD CONSTRAINT "FK_e2f7fab86e103db1186cffac9ad" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_trainers" ADD CONSTRAINT "FK_9b6ca3db0c6cb62c878cc2bde91" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "unit_costs" ADD CONSTRAINT "FK_79c50664fc0a5397a744a260a52" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "unit_costs" DROP CONSTRAINT "FK_79c50664fc0a5397a744a260a52"',
    );
    await queryRunner.query(
      'ALTER TABLE "training_trainers" DROP CONSTRAINT "FK_9b6ca3db0c6cb62c878cc2bde91"',
    );
    await queryRunner.query(
      'ALTER TABLE "training_trainers" DROP CONSTRAINT "FK_e2f7fab86e103db1186cffac9ad"',
    );
    await queryRunner.query(
      'ALTER TABLE "training_trainers" DROP CONSTRAINT "FK_1c0c06f57577e82b02ad85e0b52"',
    );
    await queryRunner.query(
      'ALTER TABLE "training_attendees" DROP CONSTRAINT "FK_23995d8b8e1c51bff7a99f6a8c5"',
    );
    await queryRunner.query(
      'ALTER TABLE "training_attendees" DROP CONSTRAINT "FK_70c5b75b291ca6e0d56663dcb79"',
    );
    await queryRunner.query(
      'ALTER TABLE "training_attendees" DROP CONSTRAINT "FK_06edb8021ce412eaef92b6bfb87"',
    );
    await queryRunner.query(
      'ALTER TABLE "training_events" DROP CONSTRAINT "FK_901a2790185ea9ed4818408c5bb"',
    );
    await queryRunner.query(
      'ALTER TABLE "time_entries" DROP CONSTRAINT "FK_1432ede3b901d9f724b61582881"',
    );
    await queryRunner.query(
      'ALTER TABLE "time_entries" DROP CONSTRAINT "FK_195bda2fc49ed82a691ff079d90"',
    );
    await queryRunner.query(
      'ALTER TABLE "time_entries" DROP CONSTRAINT "FK_b4178e6687ab83f540ebf3df082"',
    );
    await queryRunner.query(
      'ALTER TABLE "time_entries" DROP CONSTRAINT "FK_772e81e696a51fa17ad970e73c8"',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_attendees" DROP CONSTRAINT "FK_be29c2f22b32ab768fd61707f0e"',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_attendees" DROP CONSTRAINT "FK_38d5170c97363c59775ce81e44c"',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_attendees" DROP CONSTRAINT "FK_50db20e545897df1871b72cc3cc"',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_attendees" DROP CONSTRAINT "FK_206e90e7499388aefe89f4efc74"',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_sessions" DROP CONSTRAINT "FK_fcb182eaf7da6265595254a590d"',
    );
    await queryRunner.query(
      'ALTER TABLE "supervision_sessions" DROP CONSTRAINT "FK_bf8b7541cd584069accc70b9353"',
    );
    await queryRunner.query(
      'ALTER TABLE "rule_sets" DROP CONSTRAINT "FK_73fed93eb65d57456acd87cd284"',
    );
    await queryRunner.query(
      'ALTER TABLE "resources" DROP CONSTRAINT "FK_5a4545530124b47fa255b00f109"',
    );
    await queryRunner.query(
      'ALTER TABLE "resources" DROP CONSTRAINT "FK_ce04d9a9b2cc966f3e9b7e7e6a7"',
    );
    await queryRunner.query(
      'ALTER TABLE "price_indices" DROP CONSTRAINT "FK_8023435d4d60eda59ef5f2b3117"',
    );
    await queryRunner.query(
      'ALTER TABLE "period_locks" DROP CONSTRAINT "FK_112dfaadc0c136bddb939beb813"',
    );
    await queryRunner.query(
      'ALTER TABLE "period_locks" DROP CONSTRAINT "FK_aa276d98af7eda4f26fc4c6b123"',
    );
    await queryRunner.query(
      'ALTER TABLE "milestones" DROP CONSTRAINT "FK_86ee2d427b27bb7f5c32f355065"',
    );
    await queryRunner.query(
      'ALTER TABLE "milestones" DROP CONSTRAINT "FK_bca4b2c2a30cfd561acad20221b"',
    );
    await queryRunner.query(
      'ALTER TABLE "milestones" DROP CONSTRAINT "FK_24495d3af76c823aed420bf623c"',
    );
    await queryRunner.query(
      'ALTER TABLE "family_sessions" DROP CONSTRAINT "FK_ff66198c15973becea9e4447bba"',
    );
    await queryRunner.query(
      'ALTER TABLE "family_sessions" DROP CONSTRAINT "FK_5759cf092c7fd924c9f254219f9"',
    );
    await queryRunner.query(
      'ALTER TABLE "family_sessions" DROP CONSTRAINT "FK_4d2ba59826482b14f04d52b4ef6"',
    );
    await queryRunner.query(
      'ALTER TABLE "family_status_changes" DROP CONSTRAINT "FK_b5766b5f75b26c218a1ad9dc82a"',
    );
    await queryRunner.query(
      'ALTER TABLE "family_status_changes" DROP CONSTRAINT "FK_10756ec373ae22f440317018ad1"',
    );
    await queryRunner.query(
      'ALTER TABLE "families" DROP CONSTRAINT "FK_1c0be486ce8b7dca9a87cff5b23"',
    );
    await queryRunner.query(
      'ALTER TABLE "families" DROP CONSTRAINT "FK_74a2a799241dd138c7f1080b18d"',
    );
    await queryRunner.query(
      'ALTER TABLE "families" DROP CONSTRAINT "FK_7f7c6add511d6ab7cf0e2d648d9"',
    );
    await queryRunner.query(
      'ALTER TABLE "practitioners" DROP CONSTRAINT "FK_64da0913e86721552bebc581304"',
    );
    await queryRunner.query(
      'ALTER TABLE "practitioners" DROP CONSTRAINT "FK_dba392d0761d3a729103ca16693"',
    );
    await queryRunner.query(
      'ALTER TABLE "practitioners" DROP CONSTRAINT "FK_cb77571483aaf51e601e32d7dc9"',
    );
    await queryRunner.query('ALTER TABLE "staff" DROP CONSTRAINT "FK_35cebae386c332a02ec79c68095"');
    await queryRunner.query('ALTER TABLE "staff" DROP CONSTRAINT "FK_2ef86bf4895366ac7c97c68000f"');
    await queryRunner.query(
      'ALTER TABLE "local_authorities" DROP CONSTRAINT "FK_d05cd286f33b502403a4016d098"',
    );
    await queryRunner.query('DROP INDEX "public"."unit_costs_programme_idx"');
    await queryRunner.query('DROP TABLE "unit_costs"');
    await queryRunner.query('DROP INDEX "public"."training_trainers_event_staff_key"');
    await queryRunner.query('DROP INDEX "public"."training_trainers_staff_idx"');
    await queryRunner.query('DROP TABLE "training_trainers"');
    await queryRunner.query('DROP INDEX "public"."training_attendees_event_staff_key"');
    await queryRunner.query('DROP INDEX "public"."training_attendees_staff_idx"');
    await queryRunner.query('DROP INDEX "public"."training_attendees_programme_idx"');
    await queryRunner.query('DROP TABLE "training_attendees"');
    await queryRunner.query('DROP INDEX "public"."training_events_programme_code_key"');
    await queryRunner.query('DROP TABLE "training_events"');
    await queryRunner.query('DROP INDEX "public"."time_entries_programme_la_date_idx"');
    await queryRunner.query('DROP INDEX "public"."time_entries_programme_idx"');
    await queryRunner.query('DROP INDEX "public"."time_entries_staff_idx"');
    await queryRunner.query('DROP INDEX "public"."time_entries_family_idx"');
    await queryRunner.query('DROP TABLE "time_entries"');
    await queryRunner.query('DROP INDEX "public"."supervision_attendees_session_practitioner_key"');
    await queryRunner.query('DROP INDEX "public"."supervision_attendees_practitioner_idx"');
    await queryRunner.query('DROP INDEX "public"."supervision_attendees_programme_idx"');
    await queryRunner.query('DROP TABLE "supervision_attendees"');
    await queryRunner.query('DROP INDEX "public"."supervision_sessions_programme_code_key"');
    await queryRunner.query('DROP INDEX "public"."supervision_sessions_supervisor_idx"');
    await queryRunner.query('DROP TABLE "supervision_sessions"');
    await queryRunner.query('DROP INDEX "public"."rule_sets_programme_code_key"');
    await queryRunner.query('DROP TABLE "rule_sets"');
    await queryRunner.query('DROP INDEX "public"."resources_programme_la_idx"');
    await queryRunner.query('DROP TABLE "resources"');
    await queryRunner.query('DROP INDEX "public"."price_indices_programme_year_key"');
    await queryRunner.query('DROP TABLE "price_indices"');
    await queryRunner.query('DROP INDEX "public"."period_locks_programme_la_month_key"');
    await queryRunner.query('DROP TABLE "period_locks"');
    await queryRunner.query('DROP INDEX "public"."milestones_practitioner_idx"');
    await queryRunner.query('DROP INDEX "public"."milestones_programme_idx"');
    await queryRunner.query('DROP TABLE "milestones"');
    await queryRunner.query('DROP INDEX "public"."family_sessions_programme_idx"');
    await queryRunner.query('DROP INDEX "public"."family_sessions_family_idx"');
    await queryRunner.query('DROP INDEX "public"."family_sessions_practitioner_idx"');
    await queryRunner.query('DROP TABLE "family_sessions"');
    await queryRunner.query('DROP INDEX "public"."family_status_changes_family_idx"');
    await queryRunner.query('DROP TABLE "family_status_changes"');
    await queryRunner.query('DROP INDEX "public"."families_programme_reference_key"');
    await queryRunner.query('DROP INDEX "public"."families_programme_la_idx"');
    await queryRunner.query('DROP INDEX "public"."families_practitioner_idx"');
    await queryRunner.query('DROP TABLE "families"');
    await queryRunner.query('DROP INDEX "public"."practitioners_programme_idx"');
    await queryRunner.query('DROP INDEX "public"."practitioners_supervisor_idx"');
    await queryRunner.query('DROP TABLE "practitioners"');
    await queryRunner.query('DROP INDEX "public"."staff_programme_code_key"');
    await queryRunner.query('DROP INDEX "public"."staff_programme_la_idx"');
    await queryRunner.query('DROP TABLE "staff"');
    await queryRunner.query('DROP INDEX "public"."local_authorities_programme_code_key"');
    await queryRunner.query('DROP TABLE "local_authorities"');
    await queryRunner.query('DROP TABLE "programmes"');
  }
}
