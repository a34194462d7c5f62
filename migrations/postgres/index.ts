import * as migration_20261123_203822_initial from './20261123_203822_initial';
import * as migration_20261124_013740_newsletter_sending from './20261124_013740_newsletter_sending';
import * as migration_20261124_021540_newsletter_jobs from './20261124_021540_newsletter_jobs';
import * as migration_20261201_230721_confirmation_jobs from './20261201_230721_confirmation_jobs';
import * as migration_20261203_061640_upload_storage from './20261203_061640_upload_storage';
import * as migration_20261203_100137_training from './20261203_100137_training';
import * as migration_20261203_143447_editorial_seo_images from './20261203_143447_editorial_seo_images';
import * as migration_20261203_143500_translation_status_backfill from './20261203_143500_translation_status_backfill';

export const migrations = [
  {
    up: migration_20261123_203822_initial.up,
    down: migration_20261123_203822_initial.down,
    name: '20261123_203822_initial',
  },
  {
    up: migration_20261124_013740_newsletter_sending.up,
    down: migration_20261124_013740_newsletter_sending.down,
    name: '20261124_013740_newsletter_sending',
  },
  {
    up: migration_20261124_021540_newsletter_jobs.up,
    down: migration_20261124_021540_newsletter_jobs.down,
    name: '20261124_021540_newsletter_jobs',
  },
  {
    up: migration_20261201_230721_confirmation_jobs.up,
    down: migration_20261201_230721_confirmation_jobs.down,
    name: '20261201_230721_confirmation_jobs',
  },
  {
    up: migration_20261203_061640_upload_storage.up,
    down: migration_20261203_061640_upload_storage.down,
    name: '20261203_061640_upload_storage',
  },
  {
    up: migration_20261203_100137_training.up,
    down: migration_20261203_100137_training.down,
    name: '20261203_100137_training',
  },
  {
    up: migration_20261203_143447_editorial_seo_images.up,
    down: migration_20261203_143447_editorial_seo_images.down,
    name: '20261203_143447_editorial_seo_images'
  },
  {
    up: migration_20261203_143500_translation_status_backfill.up,
    down: migration_20261203_143500_translation_status_backfill.down,
    name: '20261203_143500_translation_status_backfill',
  },
];
