import * as migration_20261123_203759_initial from './20261123_203759_initial';
import * as migration_20261124_013732_newsletter_sending from './20261124_013732_newsletter_sending';

export const migrations = [
  {
    up: migration_20261123_203759_initial.up,
    down: migration_20261123_203759_initial.down,
    name: '20261123_203759_initial',
  },
  {
    up: migration_20261124_013732_newsletter_sending.up,
    down: migration_20261124_013732_newsletter_sending.down,
    name: '20261124_013732_newsletter_sending'
  },
];
