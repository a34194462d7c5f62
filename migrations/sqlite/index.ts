import * as migration_20261123_203759_initial from './20261123_203759_initial';
import * as migration_20261124_013732_newsletter_sending from './20261124_013732_newsletter_sending';
import * as migration_20261203_061630_upload_storage from './20261203_061630_upload_storage';
import * as migration_20261203_100129_training from './20261203_100129_training';
import * as migration_20261203_143434_editorial_seo_images from './20261203_143434_editorial_seo_images';
import * as migration_20261203_143500_translation_status_backfill from './20261203_143500_translation_status_backfill';

export const migrations = [
  {
    up: migration_20261123_203759_initial.up,
    down: migration_20261123_203759_initial.down,
    name: '20261123_203759_initial',
  },
  {
    up: migration_20261124_013732_newsletter_sending.up,
    down: migration_20261124_013732_newsletter_sending.down,
    name: '20261124_013732_newsletter_sending',
  },
  {
    up: migration_20261203_061630_upload_storage.up,
    down: migration_20261203_061630_upload_storage.down,
    name: '20261203_061630_upload_storage',
  },
  {
    up: migration_20261203_100129_training.up,
    down: migration_20261203_100129_training.down,
    name: '20261203_100129_training',
  },
  {
    up: migration_20261203_143434_editorial_seo_images.up,
    down: migration_20261203_143434_editorial_seo_images.down,
    name: '20261203_143434_editorial_seo_images'
  },
  {
    up: migration_20261203_143500_translation_status_backfill.up,
    down: migration_20261203_143500_translation_status_backfill.down,
    name: '20261203_143500_translation_status_backfill',
  },
];
