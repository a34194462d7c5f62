import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_newsletter_batches_deliveries_outcome" AS ENUM('queued', 'sent', 'bounced', 'complained');
  CREATE TYPE "public"."enum_newsletter_batches_locale" AS ENUM('en', 'fr', 'de', 'pt', 'nl');
  CREATE TYPE "public"."enum_newsletter_batches_status" AS ENUM('planned', 'sent', 'failed');
  CREATE TYPE "public"."enum_practices_submission_locale" AS ENUM('en', 'fr', 'de', 'pt', 'nl');
  CREATE TABLE "rate_limits" (
  	"key" varchar(255) PRIMARY KEY NOT NULL,
  	"points" integer DEFAULT 0 NOT NULL,
  	"expire" timestamp with time zone
  );
  
  CREATE TABLE "newsletter_batches_deliveries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"subscriber_id" integer,
  	"email" varchar NOT NULL,
  	"resend_id" varchar,
  	"outcome" "enum_newsletter_batches_deliveries_outcome" DEFAULT 'queued'
  );
  
  CREATE TABLE "newsletter_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"newsletter_id" integer NOT NULL,
  	"sequence" numeric NOT NULL,
  	"locale" "enum_newsletter_batches_locale" NOT NULL,
  	"status" "enum_newsletter_batches_status" DEFAULT 'planned' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"sent_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "newsletters" ADD COLUMN "sending_started_at" timestamp(3) with time zone;
  ALTER TABLE "newsletters" ADD COLUMN "sending_lease_until" timestamp(3) with time zone;
  ALTER TABLE "newsletters" ADD COLUMN "sending_recipients" numeric;
  ALTER TABLE "newsletters" ADD COLUMN "sending_delivered" numeric;
  ALTER TABLE "subscribers" ADD COLUMN "status_changed_at" timestamp(3) with time zone;
  ALTER TABLE "subscribers" ADD COLUMN "status_reason" varchar;
  ALTER TABLE "subscribers" ADD COLUMN "consent_version" varchar;
  ALTER TABLE "subscribers" ADD COLUMN "consent_confirmation_sent_at" timestamp(3) with time zone;
  ALTER TABLE "subscribers" ADD COLUMN "consent_ip_hash" varchar;
  ALTER TABLE "practices" ADD COLUMN "submission_received_at" timestamp(3) with time zone;
  ALTER TABLE "practices" ADD COLUMN "submission_locale" "enum_practices_submission_locale";
  ALTER TABLE "practices" ADD COLUMN "submission_consent_version" varchar;
  ALTER TABLE "practices" ADD COLUMN "submission_ip_hash" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_batches_id" integer;
  ALTER TABLE "newsletter_batches_deliveries" ADD CONSTRAINT "newsletter_batches_deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_batches_deliveries" ADD CONSTRAINT "newsletter_batches_deliveries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newsletter_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_batches" ADD CONSTRAINT "newsletter_batches_newsletter_id_newsletters_id_fk" FOREIGN KEY ("newsletter_id") REFERENCES "public"."newsletters"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "newsletter_batches_deliveries_order_idx" ON "newsletter_batches_deliveries" USING btree ("_order");
  CREATE INDEX "newsletter_batches_deliveries_parent_id_idx" ON "newsletter_batches_deliveries" USING btree ("_parent_id");
  CREATE INDEX "newsletter_batches_deliveries_subscriber_idx" ON "newsletter_batches_deliveries" USING btree ("subscriber_id");
  CREATE INDEX "newsletter_batches_deliveries_resend_id_idx" ON "newsletter_batches_deliveries" USING btree ("resend_id");
  CREATE INDEX "newsletter_batches_newsletter_idx" ON "newsletter_batches" USING btree ("newsletter_id");
  CREATE INDEX "newsletter_batches_status_idx" ON "newsletter_batches" USING btree ("status");
  CREATE INDEX "newsletter_batches_updated_at_idx" ON "newsletter_batches" USING btree ("updated_at");
  CREATE INDEX "newsletter_batches_created_at_idx" ON "newsletter_batches" USING btree ("created_at");
  CREATE UNIQUE INDEX "newsletter_sequence_idx" ON "newsletter_batches" USING btree ("newsletter_id","sequence");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_batches_fk" FOREIGN KEY ("newsletter_batches_id") REFERENCES "public"."newsletter_batches"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_newsletter_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_batches_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "rate_limits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_batches_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_batches" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "rate_limits" CASCADE;
  DROP TABLE "newsletter_batches_deliveries" CASCADE;
  DROP TABLE "newsletter_batches" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_batches_fk";
  
  DROP INDEX "payload_locked_documents_rels_newsletter_batches_id_idx";
  ALTER TABLE "newsletters" DROP COLUMN "sending_started_at";
  ALTER TABLE "newsletters" DROP COLUMN "sending_lease_until";
  ALTER TABLE "newsletters" DROP COLUMN "sending_recipients";
  ALTER TABLE "newsletters" DROP COLUMN "sending_delivered";
  ALTER TABLE "subscribers" DROP COLUMN "status_changed_at";
  ALTER TABLE "subscribers" DROP COLUMN "status_reason";
  ALTER TABLE "subscribers" DROP COLUMN "consent_version";
  ALTER TABLE "subscribers" DROP COLUMN "consent_confirmation_sent_at";
  ALTER TABLE "subscribers" DROP COLUMN "consent_ip_hash";
  ALTER TABLE "practices" DROP COLUMN "submission_received_at";
  ALTER TABLE "practices" DROP COLUMN "submission_locale";
  ALTER TABLE "practices" DROP COLUMN "submission_consent_version";
  ALTER TABLE "practices" DROP COLUMN "submission_ip_hash";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_batches_id";
  DROP TYPE "public"."enum_newsletter_batches_deliveries_outcome";
  DROP TYPE "public"."enum_newsletter_batches_locale";
  DROP TYPE "public"."enum_newsletter_batches_status";
  DROP TYPE "public"."enum_practices_submission_locale";`)
}
