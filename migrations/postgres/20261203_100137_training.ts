import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_courses_audiences" AS ENUM('prison-governor', 'prison-officer', 'prison-psychologist', 'prison-educator', 'prison-social-worker', 'probation-director', 'probation-officer', 'probation-psychologist', 'probation-social-worker', 'community-organisation');
  CREATE TYPE "public"."enum_courses_completion_rule" AS ENUM('all-sessions', 'minimum-sessions');
  CREATE TYPE "public"."enum_course_editions_sessions_startsat_tz" AS ENUM('Europe/Lisbon', 'Europe/London', 'Europe/Paris', 'Europe/Brussels', 'Europe/Amsterdam', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum_course_editions_sessions_endsat_tz" AS ENUM('Europe/Lisbon', 'Europe/London', 'Europe/Paris', 'Europe/Brussels', 'Europe/Amsterdam', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum_course_editions_venue_country" AS ENUM('AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'CH', 'GB', 'NO');
  CREATE TYPE "public"."enum_registrations_country" AS ENUM('AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'CH', 'GB', 'NO');
  CREATE TYPE "public"."enum_registrations_role" AS ENUM('prison-governor', 'prison-officer', 'prison-psychologist', 'prison-educator', 'prison-social-worker', 'probation-director', 'probation-officer', 'probation-psychologist', 'probation-social-worker', 'community-organisation');
  CREATE TYPE "public"."enum_registrations_locale" AS ENUM('en', 'fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('pending', 'registered', 'waiting', 'cancelled');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendCertificate' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendSessionReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendCertificate' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendSessionReminders' BEFORE 'schedulePublish';
  CREATE TABLE "courses_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_courses_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "courses_learning_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "courses_learning_outcomes_locales" (
  	"outcome" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "courses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"hours" numeric,
  	"completion_rule" "enum_courses_completion_rule" DEFAULT 'all-sessions' NOT NULL,
  	"minimum_sessions" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "courses_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "course_editions_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"startsat_tz" "enum_course_editions_sessions_startsat_tz" DEFAULT 'Europe/Paris' NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_course_editions_sessions_endsat_tz" DEFAULT 'Europe/Paris',
  	"all_day" boolean DEFAULT false
  );
  
  CREATE TABLE "course_editions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"course_id" integer NOT NULL,
  	"slug" varchar NOT NULL,
  	"capacity" numeric NOT NULL,
  	"registration_opens_at" timestamp(3) with time zone,
  	"registration_closes_at" timestamp(3) with time zone,
  	"online" boolean DEFAULT false,
  	"joining_url" varchar,
  	"venue_country" "enum_course_editions_venue_country",
  	"event_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "course_editions_locales" (
  	"title" varchar NOT NULL,
  	"venue_name" varchar,
  	"venue_city" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "registrations_attendance" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"session" numeric NOT NULL
  );
  
  CREATE TABLE "registrations_reminded" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"session" numeric NOT NULL
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"edition_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"organisation" varchar,
  	"country" "enum_registrations_country" NOT NULL,
  	"role" "enum_registrations_role" NOT NULL,
  	"locale" "enum_registrations_locale" DEFAULT 'en' NOT NULL,
  	"status" "enum_registrations_status" DEFAULT 'pending' NOT NULL,
  	"status_changed_at" timestamp(3) with time zone,
  	"queued_at" timestamp(3) with time zone,
  	"completed_at" timestamp(3) with time zone,
  	"consent_text" varchar,
  	"consent_requested_at" timestamp(3) with time zone,
  	"consent_confirmed_at" timestamp(3) with time zone,
  	"consent_ip_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "certificates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"registration_id" integer NOT NULL,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"revoked" boolean DEFAULT false,
  	"revoked_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "courses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "course_editions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registrations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "certificates_id" integer;
  ALTER TABLE "courses_audiences" ADD CONSTRAINT "courses_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_learning_outcomes" ADD CONSTRAINT "courses_learning_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_learning_outcomes_locales" ADD CONSTRAINT "courses_learning_outcomes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses_learning_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_locales" ADD CONSTRAINT "courses_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_editions_sessions" ADD CONSTRAINT "course_editions_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."course_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_editions" ADD CONSTRAINT "course_editions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "course_editions" ADD CONSTRAINT "course_editions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "course_editions_locales" ADD CONSTRAINT "course_editions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."course_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations_attendance" ADD CONSTRAINT "registrations_attendance_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations_reminded" ADD CONSTRAINT "registrations_reminded_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_edition_id_course_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."course_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "courses_audiences_order_idx" ON "courses_audiences" USING btree ("order");
  CREATE INDEX "courses_audiences_parent_idx" ON "courses_audiences" USING btree ("parent_id");
  CREATE INDEX "courses_learning_outcomes_order_idx" ON "courses_learning_outcomes" USING btree ("_order");
  CREATE INDEX "courses_learning_outcomes_parent_id_idx" ON "courses_learning_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "courses_learning_outcomes_locales_locale_parent_id_unique" ON "courses_learning_outcomes_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "courses_slug_idx" ON "courses" USING btree ("slug");
  CREATE INDEX "courses_updated_at_idx" ON "courses" USING btree ("updated_at");
  CREATE INDEX "courses_created_at_idx" ON "courses" USING btree ("created_at");
  CREATE UNIQUE INDEX "courses_locales_locale_parent_id_unique" ON "courses_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "course_editions_sessions_order_idx" ON "course_editions_sessions" USING btree ("_order");
  CREATE INDEX "course_editions_sessions_parent_id_idx" ON "course_editions_sessions" USING btree ("_parent_id");
  CREATE INDEX "course_editions_course_idx" ON "course_editions" USING btree ("course_id");
  CREATE UNIQUE INDEX "course_editions_slug_idx" ON "course_editions" USING btree ("slug");
  CREATE INDEX "course_editions_event_idx" ON "course_editions" USING btree ("event_id");
  CREATE INDEX "course_editions_updated_at_idx" ON "course_editions" USING btree ("updated_at");
  CREATE INDEX "course_editions_created_at_idx" ON "course_editions" USING btree ("created_at");
  CREATE UNIQUE INDEX "course_editions_locales_locale_parent_id_unique" ON "course_editions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "registrations_attendance_order_idx" ON "registrations_attendance" USING btree ("_order");
  CREATE INDEX "registrations_attendance_parent_id_idx" ON "registrations_attendance" USING btree ("_parent_id");
  CREATE INDEX "registrations_reminded_order_idx" ON "registrations_reminded" USING btree ("_order");
  CREATE INDEX "registrations_reminded_parent_id_idx" ON "registrations_reminded" USING btree ("_parent_id");
  CREATE INDEX "registrations_edition_idx" ON "registrations" USING btree ("edition_id");
  CREATE INDEX "registrations_email_idx" ON "registrations" USING btree ("email");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_queued_at_idx" ON "registrations" USING btree ("queued_at");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "certificates_code_idx" ON "certificates" USING btree ("code");
  CREATE UNIQUE INDEX "certificates_registration_idx" ON "certificates" USING btree ("registration_id");
  CREATE INDEX "certificates_updated_at_idx" ON "certificates" USING btree ("updated_at");
  CREATE INDEX "certificates_created_at_idx" ON "certificates" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_course_editions_fk" FOREIGN KEY ("course_editions_id") REFERENCES "public"."course_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_certificates_fk" FOREIGN KEY ("certificates_id") REFERENCES "public"."certificates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_courses_id_idx" ON "payload_locked_documents_rels" USING btree ("courses_id");
  CREATE INDEX "payload_locked_documents_rels_course_editions_id_idx" ON "payload_locked_documents_rels" USING btree ("course_editions_id");
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");
  CREATE INDEX "payload_locked_documents_rels_certificates_id_idx" ON "payload_locked_documents_rels" USING btree ("certificates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "courses_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_learning_outcomes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_learning_outcomes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "course_editions_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "course_editions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "course_editions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations_attendance" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations_reminded" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "certificates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "courses_audiences" CASCADE;
  DROP TABLE "courses_learning_outcomes" CASCADE;
  DROP TABLE "courses_learning_outcomes_locales" CASCADE;
  DROP TABLE "courses" CASCADE;
  DROP TABLE "courses_locales" CASCADE;
  DROP TABLE "course_editions_sessions" CASCADE;
  DROP TABLE "course_editions" CASCADE;
  DROP TABLE "course_editions_locales" CASCADE;
  DROP TABLE "registrations_attendance" CASCADE;
  DROP TABLE "registrations_reminded" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "certificates" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_courses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_course_editions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registrations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_certificates_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNewsletter', 'sendConfirmation', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNewsletter', 'sendConfirmation', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_courses_id_idx";
  DROP INDEX "payload_locked_documents_rels_course_editions_id_idx";
  DROP INDEX "payload_locked_documents_rels_registrations_id_idx";
  DROP INDEX "payload_locked_documents_rels_certificates_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "courses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "course_editions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registrations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "certificates_id";
  DROP TYPE "public"."enum_courses_audiences";
  DROP TYPE "public"."enum_courses_completion_rule";
  DROP TYPE "public"."enum_course_editions_sessions_startsat_tz";
  DROP TYPE "public"."enum_course_editions_sessions_endsat_tz";
  DROP TYPE "public"."enum_course_editions_venue_country";
  DROP TYPE "public"."enum_registrations_country";
  DROP TYPE "public"."enum_registrations_role";
  DROP TYPE "public"."enum_registrations_locale";
  DROP TYPE "public"."enum_registrations_status";`)
}
