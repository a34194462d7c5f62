import * as migration_20261123_202324_initial from './20261123_202324_initial';

export const migrations = [
  {
    up: migration_20261123_202324_initial.up,
    down: migration_20261123_202324_initial.down,
    name: '20261123_202324_initial'
  },
];
