import { describeCommittedMigrations } from '../support/migrationSpec'

describeCommittedMigrations('postgres', 'postgres://127.0.0.1:5432/never_opened')
