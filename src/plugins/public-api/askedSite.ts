import type { Where } from 'payload'

import { fellBackOf } from '@/content/fallback'
import { keptUntilChanged } from '@/plugins/site-cache/keptUntilChanged'
import { publicReader, type Reader } from '@/content/reader'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { originOfSite } from '@/plugins/site-tenancy/resolveSite'

import { PublicApiProblem, type Context } from './problem'
import type { SiteRef } from './shapes'

/** The site a request asked for: who reads (the anonymous public, on that site) and how it is named. */
export type AskedSite = { reader: Reader; ref: SiteRef; home: string }

/**
 * The live site with this key ('' for the default site) in `locale`, and as the locale holds it:
 * every answer names its site, so it is read once and again after a site changes.
 */
const liveSiteIn = keptUntilChanged(['sites'], async ({ payload }: Context, key: string, locale: Locale) => {
  const where: Where = key ? { key: { equals: key } } : { isDefault: { equals: true } }
  // The access policy shows the public live sites only.
  const find = (fallbackLocale?: false) =>
    payload.find({ collection: 'sites', locale, fallbackLocale, where, depth: 0, limit: 1, overrideAccess: false })
  const [site] = (await find()).docs
  // Thrown, so an unknown key is not kept (any key can be asked for).
  if (!site) {
    if (!key) throw new PublicApiProblem(400, 'site is required: there is no default site', 'site')
    throw new PublicApiProblem(400, `site "${key}" is not a live site`, 'site')
  }
  const own = locale === defaultLocale ? site : (await find(false)).docs[0]
  return { site, own }
})

/** The live site with this key (the default site when none is given); a 400 otherwise. */
export const askedSite = async (ctx: Context, key: string | undefined, locale: Locale): Promise<AskedSite> => {
  const { site, own } = await liveSiteIn(ctx, key ?? '', locale)
  const home = `${originOfSite(site)}/${locale}`
  return {
    reader: publicReader(ctx.payload, site),
    home,
    ref: { key: site.key, name: site.name, url: home, fellBack: fellBackOf(site, own, ['name']) },
  }
}
