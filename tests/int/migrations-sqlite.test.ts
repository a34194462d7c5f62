import { describeCommittedMigrations } from '../support/migrationSpec'

describeCommittedMigrations('sqlite', 'file:./data/never-opened.db')
