import { readTranslated } from '@/content/fallback'
import { readProject } from '@/content/project'
import type { Partner } from '@/payload-types'

import { askedSite } from './askedSite'
import { allPartners } from './catalogue'
import type { ProjectResponse, Queries } from './definitions'
import { translate } from './localise'
import type { Context } from './problem'

export const project = async (ctx: Context, query: Queries['project']): Promise<ProjectResponse> => {
  const { locale } = query
  const site = await askedSite(ctx, query.site, locale)
  const statements = async (collection: 'objectives' | 'outcomes') => {
    const { docs, ownOf } = await readTranslated(site.reader, collection, locale, {
      sort: '_order',
      depth: 0,
      limit: 200,
      pagination: false,
    })
    return docs.map((doc) => ({ id: doc.id, ...translate(doc, ownOf(doc), ['text']) }))
  }
  const [{ project: facts, own }, objectives, outcomes, everyone] = await Promise.all([
    readProject(site.reader, locale, 0),
    statements('objectives'),
    statements('outcomes'),
    allPartners(site, ctx, locale),
  ])
  const byRole = (role: Partner['role']) => everyone.filter((partner) => partner.role === role)
  return {
    locale,
    site: site.ref,
    project: {
      // A factsheet never saved has no values yet, not even the required ones.
      name: facts.name ?? '',
      acronym: facts.acronym ?? '',
      website: facts.website ?? null,
      ...translate(facts, own, ['fullTitle', 'tagline', 'summary']),
      funding: {
        grantNumber: facts.funding?.grantNumber ?? null,
        ...translate(facts.funding ?? {}, own.funding, ['programme', 'body', 'statement', 'disclaimer']),
      },
      timeframe: {
        start: facts.timeframe?.start ?? '',
        end: facts.timeframe?.end ?? '',
        ...translate(facts.timeframe ?? {}, own.timeframe, ['note']),
      },
      objectives,
      outcomes,
      partners: { coordinator: byRole('coordinator'), partner: byRole('partner'), associated: byRole('associated') },
    },
  }
}
