import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sites_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum_news_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__news_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum_categories_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__categories_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum_events_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__events_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum_pages_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__pages_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum_objectives_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__objectives_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum_outcomes_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__outcomes_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum_work_packages_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__work_packages_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__work_packages_v_version_country" AS ENUM('AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'CH', 'GB', 'NO');
  CREATE TYPE "public"."enum_partners_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__partners_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__partners_v_version_role" AS ENUM('coordinator', 'partner', 'associated');
  CREATE TYPE "public"."enum__partners_v_version_country" AS ENUM('AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'CH', 'GB', 'NO');
  CREATE TYPE "public"."enum_deliverables_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__deliverables_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__deliverables_v_version_type" AS ENUM('report', 'demonstrator', 'other');
  CREATE TYPE "public"."enum__deliverables_v_version_dissemination_level" AS ENUM('PU', 'SEN');
  CREATE TYPE "public"."enum_newsletters_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__newsletters_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__newsletters_v_version_status" AS ENUM('draft', 'scheduled', 'sending', 'sent');
  CREATE TYPE "public"."enum_practices_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__practices_v_version_setting" AS ENUM('prison', 'probation', 'community');
  CREATE TYPE "public"."enum__practices_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__practices_v_version_country" AS ENUM('AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'CH', 'GB', 'NO');
  CREATE TYPE "public"."enum__practices_v_version_submission_locale" AS ENUM('en', 'fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__practices_v_version_moderation_status" AS ENUM('submitted', 'published', 'rejected');
  CREATE TYPE "public"."enum_media_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum_documents_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__documents_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum_courses_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__courses_v_version_audiences" AS ENUM('prison-governor', 'prison-officer', 'prison-psychologist', 'prison-educator', 'prison-social-worker', 'probation-director', 'probation-officer', 'probation-psychologist', 'probation-social-worker', 'community-organisation');
  CREATE TYPE "public"."enum__courses_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__courses_v_version_completion_rule" AS ENUM('all-sessions', 'minimum-sessions');
  CREATE TYPE "public"."enum_course_editions_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__course_editions_v_version_sessions_startsat_tz" AS ENUM('Europe/Lisbon', 'Europe/London', 'Europe/Paris', 'Europe/Brussels', 'Europe/Amsterdam', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum__course_editions_v_version_sessions_endsat_tz" AS ENUM('Europe/Lisbon', 'Europe/London', 'Europe/Paris', 'Europe/Brussels', 'Europe/Amsterdam', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum__course_editions_v_version_missing_locales" AS ENUM('fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum__course_editions_v_version_venue_country" AS ENUM('AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'CH', 'GB', 'NO');
  CREATE TABLE "sites_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sites_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "news_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_news_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_news_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__news_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "categories_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_categories_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_categories_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__categories_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_categories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_categories_v_locales" (
  	"version_title" varchar NOT NULL,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pages_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pages_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pages_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "objectives_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_objectives_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_objectives_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__objectives_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_objectives_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_objectives_v_locales" (
  	"version_text" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "outcomes_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_outcomes_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_outcomes_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__outcomes_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_outcomes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_outcomes_v_locales" (
  	"version_text" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "work_packages_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_work_packages_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_work_packages_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__work_packages_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_work_packages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" numeric NOT NULL,
  	"version_lead_id" integer NOT NULL,
  	"version_duration_months" numeric,
  	"version_country" "enum__work_packages_v_version_country",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_work_packages_v_locales" (
  	"version_title" varchar NOT NULL,
  	"version_description" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "partners_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_partners_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_partners_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__partners_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_partners_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_short_name" varchar NOT NULL,
  	"version_role" "enum__partners_v_version_role" NOT NULL,
  	"version_country" "enum__partners_v_version_country",
  	"version_logo_id" integer,
  	"version_website" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_partners_v_locales" (
  	"version_name" varchar NOT NULL,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "deliverables_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_deliverables_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_deliverables_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__deliverables_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_deliverables_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar NOT NULL,
  	"version_work_package_id" integer NOT NULL,
  	"version_type" "enum__deliverables_v_version_type" NOT NULL,
  	"version_dissemination_level" "enum__deliverables_v_version_dissemination_level" DEFAULT 'PU' NOT NULL,
  	"version_due_month" numeric,
  	"version_delivered_date" timestamp(3) with time zone,
  	"version_file_id" integer,
  	"version_doi" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_deliverables_v_locales" (
  	"version_title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "newsletters_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_newsletters_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_newsletters_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__newsletters_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_newsletters_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" numeric NOT NULL,
  	"version_status" "enum__newsletters_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_scheduled_for" timestamp(3) with time zone,
  	"version_sent_at" timestamp(3) with time zone,
  	"version_sending_started_at" timestamp(3) with time zone,
  	"version_sending_lease_until" timestamp(3) with time zone,
  	"version_sending_recipients" numeric,
  	"version_sending_delivered" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_newsletters_v_locales" (
  	"version_title" varchar NOT NULL,
  	"version_subject" varchar,
  	"version_intro" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_newsletters_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"news_id" integer
  );
  
  CREATE TABLE "practices_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_setting" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_setting",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_country" "enum__practices_v_version_country" NOT NULL,
  	"version_contact_name" varchar,
  	"version_contact_organisation" varchar,
  	"version_contact_email" varchar,
  	"version_submission_received_at" timestamp(3) with time zone,
  	"version_submission_locale" "enum__practices_v_version_submission_locale",
  	"version_submission_consent_version" varchar,
  	"version_submission_ip_hash" varchar,
  	"version_submitted_by_id" integer,
  	"version_moderation_status" "enum__practices_v_version_moderation_status" DEFAULT 'submitted' NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_practices_v_locales" (
  	"version_title" varchar NOT NULL,
  	"version_target_group" varchar NOT NULL,
  	"version_approach" varchar NOT NULL,
  	"version_evidence" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sites_id" integer
  );
  
  CREATE TABLE "media_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_media_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "documents_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_documents_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_documents_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__documents_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_restricted" boolean DEFAULT false,
  	"version_prefix" varchar DEFAULT 'documents',
  	"version__objectkey" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_documents_v_locales" (
  	"version_title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "courses_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_courses_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_courses_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__courses_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_courses_v_version_learning_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_courses_v_version_learning_outcomes_locales" (
  	"outcome" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_courses_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__courses_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_courses_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar NOT NULL,
  	"version_hours" numeric,
  	"version_completion_rule" "enum__courses_v_version_completion_rule" DEFAULT 'all-sessions' NOT NULL,
  	"version_minimum_sessions" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_courses_v_locales" (
  	"version_title" varchar NOT NULL,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "course_editions_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_course_editions_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_course_editions_v_version_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"startsat_tz" "enum__course_editions_v_version_sessions_startsat_tz" DEFAULT 'Europe/Paris' NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum__course_editions_v_version_sessions_endsat_tz" DEFAULT 'Europe/Paris',
  	"all_day" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_course_editions_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__course_editions_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_course_editions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_course_id" integer NOT NULL,
  	"version_slug" varchar NOT NULL,
  	"version_capacity" numeric NOT NULL,
  	"version_registration_opens_at" timestamp(3) with time zone,
  	"version_registration_closes_at" timestamp(3) with time zone,
  	"version_online" boolean DEFAULT false,
  	"version_joining_url" varchar,
  	"version_venue_country" "enum__course_editions_v_version_venue_country",
  	"version_event_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_course_editions_v_locales" (
  	"version_title" varchar NOT NULL,
  	"version_venue_name" varchar,
  	"version_venue_city" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "news_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "news_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "news_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "events_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "pages_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "work_packages_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "work_packages_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "work_packages_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "practices_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "practices_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "practices_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "media" ADD COLUMN "sizes_large_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_filename" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "sites_missing_locales" ADD CONSTRAINT "sites_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_missing_locales" ADD CONSTRAINT "news_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_missing_locales" ADD CONSTRAINT "_news_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories_missing_locales" ADD CONSTRAINT "categories_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_categories_v_version_missing_locales" ADD CONSTRAINT "_categories_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_categories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_categories_v" ADD CONSTRAINT "_categories_v_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_categories_v_locales" ADD CONSTRAINT "_categories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_categories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_missing_locales" ADD CONSTRAINT "events_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_missing_locales" ADD CONSTRAINT "_events_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_missing_locales" ADD CONSTRAINT "pages_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_missing_locales" ADD CONSTRAINT "_pages_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "objectives_missing_locales" ADD CONSTRAINT "objectives_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_objectives_v_version_missing_locales" ADD CONSTRAINT "_objectives_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_objectives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_objectives_v" ADD CONSTRAINT "_objectives_v_parent_id_objectives_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."objectives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_objectives_v_locales" ADD CONSTRAINT "_objectives_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_objectives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outcomes_missing_locales" ADD CONSTRAINT "outcomes_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outcomes_v_version_missing_locales" ADD CONSTRAINT "_outcomes_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_outcomes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outcomes_v" ADD CONSTRAINT "_outcomes_v_parent_id_outcomes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outcomes_v_locales" ADD CONSTRAINT "_outcomes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_outcomes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_packages_missing_locales" ADD CONSTRAINT "work_packages_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_packages_v_version_missing_locales" ADD CONSTRAINT "_work_packages_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_work_packages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_packages_v" ADD CONSTRAINT "_work_packages_v_parent_id_work_packages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_packages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_packages_v" ADD CONSTRAINT "_work_packages_v_version_lead_id_partners_id_fk" FOREIGN KEY ("version_lead_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_packages_v_locales" ADD CONSTRAINT "_work_packages_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_packages_v_locales" ADD CONSTRAINT "_work_packages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_work_packages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_missing_locales" ADD CONSTRAINT "partners_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v_version_missing_locales" ADD CONSTRAINT "_partners_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v" ADD CONSTRAINT "_partners_v_parent_id_partners_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partners_v" ADD CONSTRAINT "_partners_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partners_v_locales" ADD CONSTRAINT "_partners_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliverables_missing_locales" ADD CONSTRAINT "deliverables_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."deliverables"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_deliverables_v_version_missing_locales" ADD CONSTRAINT "_deliverables_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_deliverables_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_deliverables_v" ADD CONSTRAINT "_deliverables_v_parent_id_deliverables_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."deliverables"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_deliverables_v" ADD CONSTRAINT "_deliverables_v_version_work_package_id_work_packages_id_fk" FOREIGN KEY ("version_work_package_id") REFERENCES "public"."work_packages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_deliverables_v" ADD CONSTRAINT "_deliverables_v_version_file_id_documents_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_deliverables_v_locales" ADD CONSTRAINT "_deliverables_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_deliverables_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletters_missing_locales" ADD CONSTRAINT "newsletters_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletters_v_version_missing_locales" ADD CONSTRAINT "_newsletters_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_newsletters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletters_v" ADD CONSTRAINT "_newsletters_v_parent_id_newsletters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_newsletters_v_locales" ADD CONSTRAINT "_newsletters_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_newsletters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletters_v_rels" ADD CONSTRAINT "_newsletters_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_newsletters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletters_v_rels" ADD CONSTRAINT "_newsletters_v_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_missing_locales" ADD CONSTRAINT "practices_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_setting" ADD CONSTRAINT "_practices_v_version_setting_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_missing_locales" ADD CONSTRAINT "_practices_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_parent_id_practices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_locales" ADD CONSTRAINT "_practices_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_locales" ADD CONSTRAINT "_practices_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_missing_locales" ADD CONSTRAINT "media_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_missing_locales" ADD CONSTRAINT "documents_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_missing_locales" ADD CONSTRAINT "_documents_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_locales" ADD CONSTRAINT "_documents_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_missing_locales" ADD CONSTRAINT "courses_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_audiences" ADD CONSTRAINT "_courses_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_learning_outcomes" ADD CONSTRAINT "_courses_v_version_learning_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_learning_outcomes_locales" ADD CONSTRAINT "_courses_v_version_learning_outcomes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v_version_learning_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_missing_locales" ADD CONSTRAINT "_courses_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v" ADD CONSTRAINT "_courses_v_parent_id_courses_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v_locales" ADD CONSTRAINT "_courses_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_editions_missing_locales" ADD CONSTRAINT "course_editions_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."course_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_editions_v_version_sessions" ADD CONSTRAINT "_course_editions_v_version_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_course_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_editions_v_version_missing_locales" ADD CONSTRAINT "_course_editions_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_course_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_editions_v" ADD CONSTRAINT "_course_editions_v_parent_id_course_editions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."course_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_course_editions_v" ADD CONSTRAINT "_course_editions_v_version_course_id_courses_id_fk" FOREIGN KEY ("version_course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_course_editions_v" ADD CONSTRAINT "_course_editions_v_version_event_id_events_id_fk" FOREIGN KEY ("version_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_course_editions_v_locales" ADD CONSTRAINT "_course_editions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_course_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects" ADD CONSTRAINT "redirects_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sites_missing_locales_order_idx" ON "sites_missing_locales" USING btree ("order");
  CREATE INDEX "sites_missing_locales_parent_idx" ON "sites_missing_locales" USING btree ("parent_id");
  CREATE INDEX "news_missing_locales_order_idx" ON "news_missing_locales" USING btree ("order");
  CREATE INDEX "news_missing_locales_parent_idx" ON "news_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_missing_locales_order_idx" ON "_news_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_news_v_version_missing_locales_parent_idx" ON "_news_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "categories_missing_locales_order_idx" ON "categories_missing_locales" USING btree ("order");
  CREATE INDEX "categories_missing_locales_parent_idx" ON "categories_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_categories_v_version_missing_locales_order_idx" ON "_categories_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_categories_v_version_missing_locales_parent_idx" ON "_categories_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_categories_v_parent_idx" ON "_categories_v" USING btree ("parent_id");
  CREATE INDEX "_categories_v_version_version_updated_at_idx" ON "_categories_v" USING btree ("version_updated_at");
  CREATE INDEX "_categories_v_version_version_created_at_idx" ON "_categories_v" USING btree ("version_created_at");
  CREATE INDEX "_categories_v_created_at_idx" ON "_categories_v" USING btree ("created_at");
  CREATE INDEX "_categories_v_updated_at_idx" ON "_categories_v" USING btree ("updated_at");
  CREATE INDEX "_categories_v_version_version_slug_idx" ON "_categories_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_categories_v_locales_locale_parent_id_unique" ON "_categories_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_missing_locales_order_idx" ON "events_missing_locales" USING btree ("order");
  CREATE INDEX "events_missing_locales_parent_idx" ON "events_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_missing_locales_order_idx" ON "_events_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_events_v_version_missing_locales_parent_idx" ON "_events_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "pages_missing_locales_order_idx" ON "pages_missing_locales" USING btree ("order");
  CREATE INDEX "pages_missing_locales_parent_idx" ON "pages_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_missing_locales_order_idx" ON "_pages_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_pages_v_version_missing_locales_parent_idx" ON "_pages_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "objectives_missing_locales_order_idx" ON "objectives_missing_locales" USING btree ("order");
  CREATE INDEX "objectives_missing_locales_parent_idx" ON "objectives_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_objectives_v_version_missing_locales_order_idx" ON "_objectives_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_objectives_v_version_missing_locales_parent_idx" ON "_objectives_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_objectives_v_parent_idx" ON "_objectives_v" USING btree ("parent_id");
  CREATE INDEX "_objectives_v_version_version__order_idx" ON "_objectives_v" USING btree ("version__order");
  CREATE INDEX "_objectives_v_version_version_updated_at_idx" ON "_objectives_v" USING btree ("version_updated_at");
  CREATE INDEX "_objectives_v_version_version_created_at_idx" ON "_objectives_v" USING btree ("version_created_at");
  CREATE INDEX "_objectives_v_created_at_idx" ON "_objectives_v" USING btree ("created_at");
  CREATE INDEX "_objectives_v_updated_at_idx" ON "_objectives_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_objectives_v_locales_locale_parent_id_unique" ON "_objectives_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "outcomes_missing_locales_order_idx" ON "outcomes_missing_locales" USING btree ("order");
  CREATE INDEX "outcomes_missing_locales_parent_idx" ON "outcomes_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_outcomes_v_version_missing_locales_order_idx" ON "_outcomes_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_outcomes_v_version_missing_locales_parent_idx" ON "_outcomes_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_outcomes_v_parent_idx" ON "_outcomes_v" USING btree ("parent_id");
  CREATE INDEX "_outcomes_v_version_version__order_idx" ON "_outcomes_v" USING btree ("version__order");
  CREATE INDEX "_outcomes_v_version_version_updated_at_idx" ON "_outcomes_v" USING btree ("version_updated_at");
  CREATE INDEX "_outcomes_v_version_version_created_at_idx" ON "_outcomes_v" USING btree ("version_created_at");
  CREATE INDEX "_outcomes_v_created_at_idx" ON "_outcomes_v" USING btree ("created_at");
  CREATE INDEX "_outcomes_v_updated_at_idx" ON "_outcomes_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_outcomes_v_locales_locale_parent_id_unique" ON "_outcomes_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "work_packages_missing_locales_order_idx" ON "work_packages_missing_locales" USING btree ("order");
  CREATE INDEX "work_packages_missing_locales_parent_idx" ON "work_packages_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_work_packages_v_version_missing_locales_order_idx" ON "_work_packages_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_work_packages_v_version_missing_locales_parent_idx" ON "_work_packages_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_work_packages_v_parent_idx" ON "_work_packages_v" USING btree ("parent_id");
  CREATE INDEX "_work_packages_v_version_version_number_idx" ON "_work_packages_v" USING btree ("version_number");
  CREATE INDEX "_work_packages_v_version_version_lead_idx" ON "_work_packages_v" USING btree ("version_lead_id");
  CREATE INDEX "_work_packages_v_version_version_updated_at_idx" ON "_work_packages_v" USING btree ("version_updated_at");
  CREATE INDEX "_work_packages_v_version_version_created_at_idx" ON "_work_packages_v" USING btree ("version_created_at");
  CREATE INDEX "_work_packages_v_created_at_idx" ON "_work_packages_v" USING btree ("created_at");
  CREATE INDEX "_work_packages_v_updated_at_idx" ON "_work_packages_v" USING btree ("updated_at");
  CREATE INDEX "_work_packages_v_version_meta_version_meta_image_idx" ON "_work_packages_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_work_packages_v_locales_locale_parent_id_unique" ON "_work_packages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "partners_missing_locales_order_idx" ON "partners_missing_locales" USING btree ("order");
  CREATE INDEX "partners_missing_locales_parent_idx" ON "partners_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_partners_v_version_missing_locales_order_idx" ON "_partners_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_partners_v_version_missing_locales_parent_idx" ON "_partners_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_partners_v_parent_idx" ON "_partners_v" USING btree ("parent_id");
  CREATE INDEX "_partners_v_version_version__order_idx" ON "_partners_v" USING btree ("version__order");
  CREATE INDEX "_partners_v_version_version_short_name_idx" ON "_partners_v" USING btree ("version_short_name");
  CREATE INDEX "_partners_v_version_version_logo_idx" ON "_partners_v" USING btree ("version_logo_id");
  CREATE INDEX "_partners_v_version_version_updated_at_idx" ON "_partners_v" USING btree ("version_updated_at");
  CREATE INDEX "_partners_v_version_version_created_at_idx" ON "_partners_v" USING btree ("version_created_at");
  CREATE INDEX "_partners_v_created_at_idx" ON "_partners_v" USING btree ("created_at");
  CREATE INDEX "_partners_v_updated_at_idx" ON "_partners_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_partners_v_locales_locale_parent_id_unique" ON "_partners_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "deliverables_missing_locales_order_idx" ON "deliverables_missing_locales" USING btree ("order");
  CREATE INDEX "deliverables_missing_locales_parent_idx" ON "deliverables_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_deliverables_v_version_missing_locales_order_idx" ON "_deliverables_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_deliverables_v_version_missing_locales_parent_idx" ON "_deliverables_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_deliverables_v_parent_idx" ON "_deliverables_v" USING btree ("parent_id");
  CREATE INDEX "_deliverables_v_version_version_code_idx" ON "_deliverables_v" USING btree ("version_code");
  CREATE INDEX "_deliverables_v_version_version_work_package_idx" ON "_deliverables_v" USING btree ("version_work_package_id");
  CREATE INDEX "_deliverables_v_version_version_file_idx" ON "_deliverables_v" USING btree ("version_file_id");
  CREATE INDEX "_deliverables_v_version_version_updated_at_idx" ON "_deliverables_v" USING btree ("version_updated_at");
  CREATE INDEX "_deliverables_v_version_version_created_at_idx" ON "_deliverables_v" USING btree ("version_created_at");
  CREATE INDEX "_deliverables_v_created_at_idx" ON "_deliverables_v" USING btree ("created_at");
  CREATE INDEX "_deliverables_v_updated_at_idx" ON "_deliverables_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_deliverables_v_locales_locale_parent_id_unique" ON "_deliverables_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "newsletters_missing_locales_order_idx" ON "newsletters_missing_locales" USING btree ("order");
  CREATE INDEX "newsletters_missing_locales_parent_idx" ON "newsletters_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_newsletters_v_version_missing_locales_order_idx" ON "_newsletters_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_newsletters_v_version_missing_locales_parent_idx" ON "_newsletters_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_newsletters_v_parent_idx" ON "_newsletters_v" USING btree ("parent_id");
  CREATE INDEX "_newsletters_v_version_version_number_idx" ON "_newsletters_v" USING btree ("version_number");
  CREATE INDEX "_newsletters_v_version_version_updated_at_idx" ON "_newsletters_v" USING btree ("version_updated_at");
  CREATE INDEX "_newsletters_v_version_version_created_at_idx" ON "_newsletters_v" USING btree ("version_created_at");
  CREATE INDEX "_newsletters_v_created_at_idx" ON "_newsletters_v" USING btree ("created_at");
  CREATE INDEX "_newsletters_v_updated_at_idx" ON "_newsletters_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_newsletters_v_locales_locale_parent_id_unique" ON "_newsletters_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_newsletters_v_rels_order_idx" ON "_newsletters_v_rels" USING btree ("order");
  CREATE INDEX "_newsletters_v_rels_parent_idx" ON "_newsletters_v_rels" USING btree ("parent_id");
  CREATE INDEX "_newsletters_v_rels_path_idx" ON "_newsletters_v_rels" USING btree ("path");
  CREATE INDEX "_newsletters_v_rels_news_id_idx" ON "_newsletters_v_rels" USING btree ("news_id");
  CREATE INDEX "practices_missing_locales_order_idx" ON "practices_missing_locales" USING btree ("order");
  CREATE INDEX "practices_missing_locales_parent_idx" ON "practices_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_setting_order_idx" ON "_practices_v_version_setting" USING btree ("order");
  CREATE INDEX "_practices_v_version_setting_parent_idx" ON "_practices_v_version_setting" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_missing_locales_order_idx" ON "_practices_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_practices_v_version_missing_locales_parent_idx" ON "_practices_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_practices_v_parent_idx" ON "_practices_v" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_version_submitted_by_idx" ON "_practices_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_practices_v_version_version_moderation_status_idx" ON "_practices_v" USING btree ("version_moderation_status");
  CREATE INDEX "_practices_v_version_version_updated_at_idx" ON "_practices_v" USING btree ("version_updated_at");
  CREATE INDEX "_practices_v_version_version_created_at_idx" ON "_practices_v" USING btree ("version_created_at");
  CREATE INDEX "_practices_v_created_at_idx" ON "_practices_v" USING btree ("created_at");
  CREATE INDEX "_practices_v_updated_at_idx" ON "_practices_v" USING btree ("updated_at");
  CREATE INDEX "_practices_v_version_meta_version_meta_image_idx" ON "_practices_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_practices_v_locales_locale_parent_id_unique" ON "_practices_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_rels_order_idx" ON "_practices_v_rels" USING btree ("order");
  CREATE INDEX "_practices_v_rels_parent_idx" ON "_practices_v_rels" USING btree ("parent_id");
  CREATE INDEX "_practices_v_rels_path_idx" ON "_practices_v_rels" USING btree ("path");
  CREATE INDEX "_practices_v_rels_sites_id_idx" ON "_practices_v_rels" USING btree ("sites_id");
  CREATE INDEX "media_missing_locales_order_idx" ON "media_missing_locales" USING btree ("order");
  CREATE INDEX "media_missing_locales_parent_idx" ON "media_missing_locales" USING btree ("parent_id");
  CREATE INDEX "documents_missing_locales_order_idx" ON "documents_missing_locales" USING btree ("order");
  CREATE INDEX "documents_missing_locales_parent_idx" ON "documents_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_missing_locales_order_idx" ON "_documents_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_documents_v_version_missing_locales_parent_idx" ON "_documents_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_documents_v_parent_idx" ON "_documents_v" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_version_updated_at_idx" ON "_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_documents_v_version_version_created_at_idx" ON "_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_documents_v_version_version_filename_idx" ON "_documents_v" USING btree ("version_filename");
  CREATE INDEX "_documents_v_created_at_idx" ON "_documents_v" USING btree ("created_at");
  CREATE INDEX "_documents_v_updated_at_idx" ON "_documents_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_documents_v_locales_locale_parent_id_unique" ON "_documents_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "courses_missing_locales_order_idx" ON "courses_missing_locales" USING btree ("order");
  CREATE INDEX "courses_missing_locales_parent_idx" ON "courses_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_courses_v_version_audiences_order_idx" ON "_courses_v_version_audiences" USING btree ("order");
  CREATE INDEX "_courses_v_version_audiences_parent_idx" ON "_courses_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_courses_v_version_learning_outcomes_order_idx" ON "_courses_v_version_learning_outcomes" USING btree ("_order");
  CREATE INDEX "_courses_v_version_learning_outcomes_parent_id_idx" ON "_courses_v_version_learning_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_courses_v_version_learning_outcomes_locales_locale_parent_i" ON "_courses_v_version_learning_outcomes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_courses_v_version_missing_locales_order_idx" ON "_courses_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_courses_v_version_missing_locales_parent_idx" ON "_courses_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_courses_v_parent_idx" ON "_courses_v" USING btree ("parent_id");
  CREATE INDEX "_courses_v_version_version_slug_idx" ON "_courses_v" USING btree ("version_slug");
  CREATE INDEX "_courses_v_version_version_updated_at_idx" ON "_courses_v" USING btree ("version_updated_at");
  CREATE INDEX "_courses_v_version_version_created_at_idx" ON "_courses_v" USING btree ("version_created_at");
  CREATE INDEX "_courses_v_created_at_idx" ON "_courses_v" USING btree ("created_at");
  CREATE INDEX "_courses_v_updated_at_idx" ON "_courses_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_courses_v_locales_locale_parent_id_unique" ON "_courses_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "course_editions_missing_locales_order_idx" ON "course_editions_missing_locales" USING btree ("order");
  CREATE INDEX "course_editions_missing_locales_parent_idx" ON "course_editions_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_course_editions_v_version_sessions_order_idx" ON "_course_editions_v_version_sessions" USING btree ("_order");
  CREATE INDEX "_course_editions_v_version_sessions_parent_id_idx" ON "_course_editions_v_version_sessions" USING btree ("_parent_id");
  CREATE INDEX "_course_editions_v_version_missing_locales_order_idx" ON "_course_editions_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_course_editions_v_version_missing_locales_parent_idx" ON "_course_editions_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_course_editions_v_parent_idx" ON "_course_editions_v" USING btree ("parent_id");
  CREATE INDEX "_course_editions_v_version_version_course_idx" ON "_course_editions_v" USING btree ("version_course_id");
  CREATE INDEX "_course_editions_v_version_version_slug_idx" ON "_course_editions_v" USING btree ("version_slug");
  CREATE INDEX "_course_editions_v_version_version_event_idx" ON "_course_editions_v" USING btree ("version_event_id");
  CREATE INDEX "_course_editions_v_version_version_updated_at_idx" ON "_course_editions_v" USING btree ("version_updated_at");
  CREATE INDEX "_course_editions_v_version_version_created_at_idx" ON "_course_editions_v" USING btree ("version_created_at");
  CREATE INDEX "_course_editions_v_created_at_idx" ON "_course_editions_v" USING btree ("created_at");
  CREATE INDEX "_course_editions_v_updated_at_idx" ON "_course_editions_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_course_editions_v_locales_locale_parent_id_unique" ON "_course_editions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "redirects_site_idx" ON "redirects" USING btree ("site_id");
  CREATE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_packages_locales" ADD CONSTRAINT "work_packages_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices_locales" ADD CONSTRAINT "practices_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "news_meta_meta_image_idx" ON "news_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_news_v_version_meta_version_meta_image_idx" ON "_news_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "events_meta_meta_image_idx" ON "events_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_events_v_version_meta_version_meta_image_idx" ON "_events_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "work_packages_meta_meta_image_idx" ON "work_packages_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "practices_meta_meta_image_idx" ON "practices_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sites_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "categories_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_categories_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_categories_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_categories_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "objectives_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_objectives_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_objectives_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_objectives_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outcomes_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outcomes_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outcomes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outcomes_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "work_packages_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_work_packages_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_work_packages_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_work_packages_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partners_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_partners_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_partners_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_partners_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliverables_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_deliverables_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_deliverables_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_deliverables_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletters_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_newsletters_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_newsletters_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_newsletters_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_newsletters_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_setting" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_version_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_version_learning_outcomes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_version_learning_outcomes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "course_editions_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_course_editions_v_version_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_course_editions_v_version_missing_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_course_editions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_course_editions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sites_missing_locales" CASCADE;
  DROP TABLE "news_missing_locales" CASCADE;
  DROP TABLE "_news_v_version_missing_locales" CASCADE;
  DROP TABLE "categories_missing_locales" CASCADE;
  DROP TABLE "_categories_v_version_missing_locales" CASCADE;
  DROP TABLE "_categories_v" CASCADE;
  DROP TABLE "_categories_v_locales" CASCADE;
  DROP TABLE "events_missing_locales" CASCADE;
  DROP TABLE "_events_v_version_missing_locales" CASCADE;
  DROP TABLE "pages_missing_locales" CASCADE;
  DROP TABLE "_pages_v_version_missing_locales" CASCADE;
  DROP TABLE "objectives_missing_locales" CASCADE;
  DROP TABLE "_objectives_v_version_missing_locales" CASCADE;
  DROP TABLE "_objectives_v" CASCADE;
  DROP TABLE "_objectives_v_locales" CASCADE;
  DROP TABLE "outcomes_missing_locales" CASCADE;
  DROP TABLE "_outcomes_v_version_missing_locales" CASCADE;
  DROP TABLE "_outcomes_v" CASCADE;
  DROP TABLE "_outcomes_v_locales" CASCADE;
  DROP TABLE "work_packages_missing_locales" CASCADE;
  DROP TABLE "_work_packages_v_version_missing_locales" CASCADE;
  DROP TABLE "_work_packages_v" CASCADE;
  DROP TABLE "_work_packages_v_locales" CASCADE;
  DROP TABLE "partners_missing_locales" CASCADE;
  DROP TABLE "_partners_v_version_missing_locales" CASCADE;
  DROP TABLE "_partners_v" CASCADE;
  DROP TABLE "_partners_v_locales" CASCADE;
  DROP TABLE "deliverables_missing_locales" CASCADE;
  DROP TABLE "_deliverables_v_version_missing_locales" CASCADE;
  DROP TABLE "_deliverables_v" CASCADE;
  DROP TABLE "_deliverables_v_locales" CASCADE;
  DROP TABLE "newsletters_missing_locales" CASCADE;
  DROP TABLE "_newsletters_v_version_missing_locales" CASCADE;
  DROP TABLE "_newsletters_v" CASCADE;
  DROP TABLE "_newsletters_v_locales" CASCADE;
  DROP TABLE "_newsletters_v_rels" CASCADE;
  DROP TABLE "practices_missing_locales" CASCADE;
  DROP TABLE "_practices_v_version_setting" CASCADE;
  DROP TABLE "_practices_v_version_missing_locales" CASCADE;
  DROP TABLE "_practices_v" CASCADE;
  DROP TABLE "_practices_v_locales" CASCADE;
  DROP TABLE "_practices_v_rels" CASCADE;
  DROP TABLE "media_missing_locales" CASCADE;
  DROP TABLE "documents_missing_locales" CASCADE;
  DROP TABLE "_documents_v_version_missing_locales" CASCADE;
  DROP TABLE "_documents_v" CASCADE;
  DROP TABLE "_documents_v_locales" CASCADE;
  DROP TABLE "courses_missing_locales" CASCADE;
  DROP TABLE "_courses_v_version_audiences" CASCADE;
  DROP TABLE "_courses_v_version_learning_outcomes" CASCADE;
  DROP TABLE "_courses_v_version_learning_outcomes_locales" CASCADE;
  DROP TABLE "_courses_v_version_missing_locales" CASCADE;
  DROP TABLE "_courses_v" CASCADE;
  DROP TABLE "_courses_v_locales" CASCADE;
  DROP TABLE "course_editions_missing_locales" CASCADE;
  DROP TABLE "_course_editions_v_version_sessions" CASCADE;
  DROP TABLE "_course_editions_v_version_missing_locales" CASCADE;
  DROP TABLE "_course_editions_v" CASCADE;
  DROP TABLE "_course_editions_v_locales" CASCADE;
  DROP TABLE "redirects" CASCADE;
  ALTER TABLE "news_locales" DROP CONSTRAINT "news_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_news_v_locales" DROP CONSTRAINT "_news_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "events_locales" DROP CONSTRAINT "events_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_events_v_locales" DROP CONSTRAINT "_events_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "pages_locales" DROP CONSTRAINT "pages_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_pages_v_locales" DROP CONSTRAINT "_pages_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "work_packages_locales" DROP CONSTRAINT "work_packages_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "practices_locales" DROP CONSTRAINT "practices_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  DROP INDEX "news_meta_meta_image_idx";
  DROP INDEX "_news_v_version_meta_version_meta_image_idx";
  DROP INDEX "events_meta_meta_image_idx";
  DROP INDEX "_events_v_version_meta_version_meta_image_idx";
  DROP INDEX "pages_meta_meta_image_idx";
  DROP INDEX "_pages_v_version_meta_version_meta_image_idx";
  DROP INDEX "work_packages_meta_meta_image_idx";
  DROP INDEX "practices_meta_meta_image_idx";
  DROP INDEX "media_sizes_large_sizes_large_filename_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "news_locales" DROP COLUMN "meta_title";
  ALTER TABLE "news_locales" DROP COLUMN "meta_description";
  ALTER TABLE "news_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "events_locales" DROP COLUMN "meta_title";
  ALTER TABLE "events_locales" DROP COLUMN "meta_description";
  ALTER TABLE "events_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "pages_locales" DROP COLUMN "meta_title";
  ALTER TABLE "pages_locales" DROP COLUMN "meta_description";
  ALTER TABLE "pages_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "work_packages_locales" DROP COLUMN "meta_title";
  ALTER TABLE "work_packages_locales" DROP COLUMN "meta_description";
  ALTER TABLE "work_packages_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "practices_locales" DROP COLUMN "meta_title";
  ALTER TABLE "practices_locales" DROP COLUMN "meta_description";
  ALTER TABLE "practices_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "media" DROP COLUMN "sizes_large_url";
  ALTER TABLE "media" DROP COLUMN "sizes_large_width";
  ALTER TABLE "media" DROP COLUMN "sizes_large_height";
  ALTER TABLE "media" DROP COLUMN "sizes_large_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_large_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_large_filename";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TYPE "public"."enum_sites_missing_locales";
  DROP TYPE "public"."enum_news_missing_locales";
  DROP TYPE "public"."enum__news_v_version_missing_locales";
  DROP TYPE "public"."enum_categories_missing_locales";
  DROP TYPE "public"."enum__categories_v_version_missing_locales";
  DROP TYPE "public"."enum_events_missing_locales";
  DROP TYPE "public"."enum__events_v_version_missing_locales";
  DROP TYPE "public"."enum_pages_missing_locales";
  DROP TYPE "public"."enum__pages_v_version_missing_locales";
  DROP TYPE "public"."enum_objectives_missing_locales";
  DROP TYPE "public"."enum__objectives_v_version_missing_locales";
  DROP TYPE "public"."enum_outcomes_missing_locales";
  DROP TYPE "public"."enum__outcomes_v_version_missing_locales";
  DROP TYPE "public"."enum_work_packages_missing_locales";
  DROP TYPE "public"."enum__work_packages_v_version_missing_locales";
  DROP TYPE "public"."enum__work_packages_v_version_country";
  DROP TYPE "public"."enum_partners_missing_locales";
  DROP TYPE "public"."enum__partners_v_version_missing_locales";
  DROP TYPE "public"."enum__partners_v_version_role";
  DROP TYPE "public"."enum__partners_v_version_country";
  DROP TYPE "public"."enum_deliverables_missing_locales";
  DROP TYPE "public"."enum__deliverables_v_version_missing_locales";
  DROP TYPE "public"."enum__deliverables_v_version_type";
  DROP TYPE "public"."enum__deliverables_v_version_dissemination_level";
  DROP TYPE "public"."enum_newsletters_missing_locales";
  DROP TYPE "public"."enum__newsletters_v_version_missing_locales";
  DROP TYPE "public"."enum__newsletters_v_version_status";
  DROP TYPE "public"."enum_practices_missing_locales";
  DROP TYPE "public"."enum__practices_v_version_setting";
  DROP TYPE "public"."enum__practices_v_version_missing_locales";
  DROP TYPE "public"."enum__practices_v_version_country";
  DROP TYPE "public"."enum__practices_v_version_submission_locale";
  DROP TYPE "public"."enum__practices_v_version_moderation_status";
  DROP TYPE "public"."enum_media_missing_locales";
  DROP TYPE "public"."enum_documents_missing_locales";
  DROP TYPE "public"."enum__documents_v_version_missing_locales";
  DROP TYPE "public"."enum_courses_missing_locales";
  DROP TYPE "public"."enum__courses_v_version_audiences";
  DROP TYPE "public"."enum__courses_v_version_missing_locales";
  DROP TYPE "public"."enum__courses_v_version_completion_rule";
  DROP TYPE "public"."enum_course_editions_missing_locales";
  DROP TYPE "public"."enum__course_editions_v_version_sessions_startsat_tz";
  DROP TYPE "public"."enum__course_editions_v_version_sessions_endsat_tz";
  DROP TYPE "public"."enum__course_editions_v_version_missing_locales";
  DROP TYPE "public"."enum__course_editions_v_version_venue_country";`)
}
