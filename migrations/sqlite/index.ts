import * as migration_20261123_200733_initial from './20261123_200733_initial';

export const migrations = [
  {
    up: migration_20261123_200733_initial.up,
    down: migration_20261123_200733_initial.down,
    name: '20261123_200733_initial'
  },
];
