import config from '@payload-config'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { resolveSite } from '@/tenancy/resolveSite'

/** The plain home page: the project's facts in the reader's language, for the site the host names. */
export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  // Read the request first: the page depends on it, so `next build` leaves it to request time
  // instead of opening the database while building.
  const host = (await headers()).get('host')
  setRequestLocale(locale)
  const t = await getTranslations('home')
  const payload = await getPayload({ config })
  const site = await resolveSite(payload, host)
  const [project, objectives, outcomes] = await Promise.all([
    payload.findGlobal({ slug: 'project', locale, depth: 1 }),
    payload.find({ collection: 'objectives', locale, sort: '_order', limit: 50 }),
    payload.find({ collection: 'outcomes', locale, sort: '_order', limit: 50 }),
  ])
  return (
    <main>
      <p>{site?.name}</p>
      <h1>{project.fullTitle}</h1>
      {project.tagline && <p>{project.tagline}</p>}
      {project.summary && <p>{project.summary}</p>}
      <h2>{t('objectives')}</h2>
      <ol>
        {objectives.docs.map((objective) => (
          <li key={objective.id}>{objective.text}</li>
        ))}
      </ol>
      <h2>{t('outcomes')}</h2>
      <ul>
        {outcomes.docs.map((outcome) => (
          <li key={outcome.id}>{outcome.text}</li>
        ))}
      </ul>
      <footer>
        <p>{project.funding?.statement}</p>
        <p>{project.funding?.disclaimer}</p>
      </footer>
    </main>
  )
}
