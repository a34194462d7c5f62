import * as migration_20261123_202306_initial from './20261123_202306_initial';

export const migrations = [
  {
    up: migration_20261123_202306_initial.up,
    down: migration_20261123_202306_initial.down,
    name: '20261123_202306_initial'
  },
];
