import type { CollectionConfig, Config, Plugin } from 'payload'

import { withAdminStrings } from '@/i18n/withAdminStrings'

import { newsletterTranslations } from './admin/strings'
import { NewsletterBatches } from './collections/NewsletterBatches'
import { Newsletters } from './collections/Newsletters'
import { Subscribers } from './collections/Subscribers'
import { newsletterQueue, sendNewsletterTask } from './sending/sendTask'
import { sendConfirmationTask } from './subscribers/confirmationTask'

/** Placed before the practice repository, where they always were, so the admin's menu keeps its order. */
const withNewsletterCollections = (collections: CollectionConfig[] = []) => {
  const ours = [Newsletters, Subscribers, NewsletterBatches]
  const before = collections.findIndex((collection) => collection.slug === 'practices')
  return before < 0
    ? [...collections, ...ours]
    : [...collections.slice(0, before), ...ours, ...collections.slice(before)]
}

type AutoRun = NonNullable<Config['jobs']>['autoRun']

/** Newsletter sending runs on its own queue, apart from scheduled publishing. */
const withNewsletterQueue = (autoRun: AutoRun): AutoRun => {
  const ours = { cron: '* * * * *', queue: newsletterQueue }
  if (typeof autoRun === 'function') return async (payload) => [...(await autoRun(payload)), ours]
  return [...(autoRun ?? []), ours]
}

/**
 * The newsletter: issues, subscribers and the sender's ledger, the admin's send actions and their
 * strings, the sending and confirmation jobs. Its public routes (sign-up, confirm, unsubscribe,
 * erase, Resend's webhook, the email preview) are Next file routes re-exporting ./routes.
 * Place it before the cache plugin, which hooks every collection that exists when it runs.
 */
export const newsletter =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: withNewsletterCollections(config.collections),
    i18n: { ...config.i18n, translations: withAdminStrings(config.i18n?.translations, newsletterTranslations) },
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), sendNewsletterTask, sendConfirmationTask],
      autoRun: withNewsletterQueue(config.jobs?.autoRun),
    },
  })
