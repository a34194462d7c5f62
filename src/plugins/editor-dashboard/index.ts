import type { Config, Plugin } from 'payload'

import { withAdminStrings } from '@/i18n/withAdminStrings'

import { editorDashboardStrings } from './strings'

/** The editors' to-do list above the admin home's collections (./EditorDashboard). */
export const editorDashboard =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [
          ...(config.admin?.components?.beforeDashboard ?? []),
          '/src/plugins/editor-dashboard/EditorDashboard#EditorDashboard',
        ],
      },
    },
    i18n: { ...config.i18n, translations: withAdminStrings(config.i18n?.translations, editorDashboardStrings) },
  })
