import * as migration_20261123_203759_initial from './20261123_203759_initial';

export const migrations = [
  {
    up: migration_20261123_203759_initial.up,
    down: migration_20261123_203759_initial.down,
    name: '20261123_203759_initial'
  },
];
