import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { nl } from '@payloadcms/translations/languages/nl'
import { pt } from '@payloadcms/translations/languages/pt'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Categories } from './collections/Categories'
import { Deliverables } from './collections/Deliverables'
import { Documents } from './collections/Documents'
import { Events } from './collections/Events'
import { ExpectedOutcomes } from './collections/ExpectedOutcomes'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { Objectives } from './collections/Objectives'
import { Pages } from './collections/Pages'
import { Partners } from './collections/Partners'
import { Practices } from './collections/Practices'
import { Sites } from './collections/Sites'
import { Users } from './collections/Users'
import { WorkPackages } from './collections/WorkPackages'
import { Project } from './globals/Project'
import { jobsPolicy } from './src/access/policy'
import { appRunsJobs } from './src/jobs/placement'
import { databaseOutageIs503 } from './src/db/outageResponse'
import { productionLogger } from './src/server/logger'
import { uploadParsing } from './src/uploads/sizeLimits'
import { uploadStorage } from './src/uploads/storage'
import { adminTranslations } from './src/auth/adminStrings'
import { resendEmailAdapter } from './src/mail/emailAdapter'
import { siteCache } from './src/plugins/site-cache'
import { databaseAdapter } from './src/db/adapter'
import { editorDashboard } from './src/plugins/editor-dashboard'
import { newsletter } from './src/plugins/newsletter'
import { partnerEmbed } from './src/plugins/partner-embed'
import { practiceSubmissions } from './src/plugins/practice-submissions'
import { defaultLocale, localeNames, locales } from './src/i18n/locales'
import { timeZones } from './src/i18n/timeZones'
import { siteTenancy } from './src/plugins/site-tenancy'
import { translationGaps } from './src/content/translationGaps'
import { publicApi } from './src/plugins/public-api'
import { legalPages } from './src/plugins/legal-pages'
import { redirects } from './src/plugins/redirects'
import { seo } from './src/plugins/seo'
import { training } from './src/plugins/training'
import { translationStatus } from './src/plugins/translation-status'
import { adminLanguages } from './src/plugins/admin-languages'
import { payloadSecret } from './src/secret'
import { trustedOrigins } from './src/server/origins'
import { trustSiteOrigins } from './src/server/siteOrigins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.SERVER_URL || undefined,
  secret: payloadSecret(),
  // Our own origins only, never empty: a session cookie sent from any other identifies no one.
  csrf: trustedOrigins(),
  cors: trustedOrigins(),
  onInit: trustSiteOrigins,
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · WayOut CMS' },
    // Not Gravatar: it would send a hash of every editor's email address to a third party.
    avatar: 'default',
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
    timezones: {
      supportedTimezones: timeZones.map((tz) => ({ label: tz, value: tz })),
      defaultTimezone: 'Europe/Paris',
    },
  },
  // The admin panel speaks the same five languages as the content; each user picks theirs.
  i18n: { supportedLanguages: { en, fr, de, pt, nl }, fallbackLanguage: 'en', translations: adminTranslations },
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    fallback: true,
  },
  collections: [
    Sites,
    News,
    Categories,
    Events,
    Pages,
    Objectives,
    ExpectedOutcomes,
    WorkPackages,
    Partners,
    Deliverables,
    Practices,
    Media,
    Documents,
    Users,
  ],
  globals: [Project],
  // The cache plugin runs last (its own order), so the collections the feature plugins add are hooked too.
  plugins: [
    uploadStorage(),
    siteTenancy,
    newsletter(),
    practiceSubmissions(),
    partnerEmbed(),
    editorDashboard(),
    training(),
    seo(),
    redirects(),
    legalPages(),
    // After every plugin that adds localised fields, so they are counted too.
    translationStatus(),
    // After every plugin that adds collections or fields, so theirs speak the five languages too.
    adminLanguages(),
    publicApi(),
    translationGaps,
    siteCache(),
  ],
  upload: uploadParsing,
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
  jobs: {
    access: jobsPolicy,
    // Scheduled publishing and retried confirmation emails (the newsletter plugin adds its sending
    // queue): run by the app itself, or only by `npm run worker` with JOBS=worker (src/jobs/).
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
    shouldAutoRun: appRunsJobs,
  },
  hooks: { afterError: [databaseOutageIs503] },
  logger: productionLogger(),
  email: resendEmailAdapter(),
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
