import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`registrations_reminded\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`session\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`registrations_reminded_order_idx\` ON \`registrations_reminded\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`registrations_reminded_parent_id_idx\` ON \`registrations_reminded\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_registrations_attendance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`session\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_registrations_attendance\`("_order", "_parent_id", "id", "session") SELECT "_order", "_parent_id", "id", "session" FROM \`registrations_attendance\`;`)
  await db.run(sql`DROP TABLE \`registrations_attendance\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations_attendance\` RENAME TO \`registrations_attendance\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`registrations_attendance_order_idx\` ON \`registrations_attendance\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`registrations_attendance_parent_id_idx\` ON \`registrations_attendance\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`registrations_reminded\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_registrations_attendance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`session\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_registrations_attendance\`("_order", "_parent_id", "id", "session") SELECT "_order", "_parent_id", "id", "session" FROM \`registrations_attendance\`;`)
  await db.run(sql`DROP TABLE \`registrations_attendance\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations_attendance\` RENAME TO \`registrations_attendance\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`registrations_attendance_order_idx\` ON \`registrations_attendance\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`registrations_attendance_parent_id_idx\` ON \`registrations_attendance\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
