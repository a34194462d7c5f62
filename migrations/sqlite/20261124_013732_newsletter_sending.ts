import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`rate_limits\` (
  	\`key\` text PRIMARY KEY NOT NULL,
  	\`points\` integer DEFAULT 0 NOT NULL,
  	\`expire\` integer
  );
  `)
  await db.run(sql`CREATE TABLE \`newsletter_batches_deliveries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`subscriber_id\` integer,
  	\`email\` text NOT NULL,
  	\`resend_id\` text,
  	\`outcome\` text DEFAULT 'queued',
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newsletter_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_batches_deliveries_order_idx\` ON \`newsletter_batches_deliveries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_batches_deliveries_parent_id_idx\` ON \`newsletter_batches_deliveries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_batches_deliveries_subscriber_idx\` ON \`newsletter_batches_deliveries\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_batches_deliveries_resend_id_idx\` ON \`newsletter_batches_deliveries\` (\`resend_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_batches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`newsletter_id\` integer NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`locale\` text NOT NULL,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`sent_at\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`newsletter_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_batches_newsletter_idx\` ON \`newsletter_batches\` (\`newsletter_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_batches_status_idx\` ON \`newsletter_batches\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_batches_updated_at_idx\` ON \`newsletter_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_batches_created_at_idx\` ON \`newsletter_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_sequence_idx\` ON \`newsletter_batches\` (\`newsletter_id\`,\`sequence\`);`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`sending_started_at\` text;`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`sending_lease_until\` text;`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`sending_recipients\` numeric;`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`sending_delivered\` numeric;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`status_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`status_reason\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`consent_version\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`consent_confirmation_sent_at\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`consent_ip_hash\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_received_at\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_locale\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_consent_version\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`submission_ip_hash\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`newsletter_batches_id\` integer REFERENCES newsletter_batches(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_batches_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`rate_limits\`;`)
  await db.run(sql`DROP TABLE \`newsletter_batches_deliveries\`;`)
  await db.run(sql`DROP TABLE \`newsletter_batches\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sites_id\` integer,
  	\`news_id\` integer,
  	\`categories_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	\`objectives_id\` integer,
  	\`outcomes_id\` integer,
  	\`work_packages_id\` integer,
  	\`partners_id\` integer,
  	\`deliverables_id\` integer,
  	\`newsletters_id\` integer,
  	\`subscribers_id\` integer,
  	\`practices_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`objectives_id\`) REFERENCES \`objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outcomes_id\`) REFERENCES \`outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_packages_id\`) REFERENCES \`work_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliverables_id\`) REFERENCES \`deliverables\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "sites_id", "news_id", "categories_id", "events_id", "pages_id", "objectives_id", "outcomes_id", "work_packages_id", "partners_id", "deliverables_id", "newsletters_id", "subscribers_id", "practices_id", "media_id", "documents_id", "users_id") SELECT "id", "order", "parent_id", "path", "sites_id", "news_id", "categories_id", "events_id", "pages_id", "objectives_id", "outcomes_id", "work_packages_id", "partners_id", "deliverables_id", "newsletters_id", "subscribers_id", "practices_id", "media_id", "documents_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_objectives_id_idx\` ON \`payload_locked_documents_rels\` (\`objectives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outcomes_id_idx\` ON \`payload_locked_documents_rels\` (\`outcomes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_packages_id_idx\` ON \`payload_locked_documents_rels\` (\`work_packages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliverables_id_idx\` ON \`payload_locked_documents_rels\` (\`deliverables_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`sending_started_at\`;`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`sending_lease_until\`;`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`sending_recipients\`;`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`sending_delivered\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`status_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`status_reason\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`consent_version\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`consent_confirmation_sent_at\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`consent_ip_hash\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`submission_received_at\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`submission_locale\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`submission_consent_version\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`submission_ip_hash\`;`)
}
