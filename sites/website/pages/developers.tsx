import fs from 'node:fs'
import path from 'node:path'

import { getTranslations } from 'next-intl/server'

import { listWorkPackages } from '@/content/catalogue'
import { listCategories } from '@/content/news'
import { readBundleManifest } from '@/plugins/partner-embed/developers/bundleManifest'
import { Configurator } from '@/plugins/partner-embed/developers/Configurator'
import { Markdown } from '@/plugins/partner-embed/developers/Markdown'
import { choiceFrom, queryOf } from '@/plugins/partner-embed/snippet'
import { ApiReference } from '@/plugins/public-api/ApiReference'
import { pageRoutes } from '@/plugins/site-cache/routes'
import { definePage, type Query } from '@sites/shared/definePage'

import '@/plugins/partner-embed/developers/developers.css'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Whether the query received is exactly `canonical` (the order of its parameters aside). */
const sameQuery = (received: Query, canonical: string) => {
  const entries = (pairs: [string, string][]) =>
    pairs
      .map((pair) => pair.join('='))
      .sort()
      .join('&')
  const given = Object.entries(received).flatMap(([name, value]): [string, string][] =>
    value === undefined ? [] : [value].flat().map((one): [string, string] => [name, one]),
  )
  return entries(given) === entries([...new URLSearchParams(canonical)])
}

/**
 * For partners and developers: the embed configurator (a form: works without JavaScript), the
 * API reference from the OpenAPI document, and the versioning policy and changelog (CHANGELOG.md).
 * The reference and the changelog are technical text in English, marked as such.
 */
export const developersPage = definePage({
  site: 'wayout',
  path: '/developers',
  route: pageRoutes.developers,
  load: async ({ reader, locale, query }) => {
    const [{ docs: sites }, categories, workPackages] = await Promise.all([
      reader.payload.find({
        collection: 'sites',
        where: { live: { equals: true } },
        depth: 0,
        limit: 100,
        overrideAccess: false,
      }),
      listCategories(reader, locale),
      listWorkPackages(reader, locale),
    ])
    // The default site first: the one partners mostly embed.
    const siteList = [...sites]
      .sort((a, b) => Number(Boolean(b.isDefault)) - Number(Boolean(a.isDefault)))
      .map(({ key, name }) => ({ key, name }))
    const asked = Object.fromEntries(Object.entries(query).map(([name, value]) => [name, first(value)]))
    const offer = {
      sites: siteList.map(({ key }) => key),
      categories: categories.docs.map(({ id, slug }) => slug ?? String(id)),
      workPackages: workPackages.docs.map(({ number }) => number),
    }
    const choice = choiceFrom(asked, offer)
    return {
      origin: reader.origin,
      sites: siteList,
      categories: categories.docs.map(({ id, slug, title }) => ({ slug: slug ?? String(id), title })),
      workPackages: workPackages.docs.map(({ number, title }) => ({ number, title })),
      choice,
      canonicalQuery: queryOf(choice, offer),
      manifest: readBundleManifest(),
      changelog: fs.readFileSync(path.join(process.cwd(), 'CHANGELOG.md'), 'utf8'),
    }
  },
  // One address per choice: any other query for it (the form sends every field) is sent to that one.
  redirect: ({ canonicalQuery }, { locale, query }) =>
    sameQuery(query, canonicalQuery)
      ? null
      : `/${locale}/developers${canonicalQuery ? `?${canonicalQuery}` : ''}#configurator`,
  head: async (_data, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'developers' })
    return { title: t('title'), description: t('intro') }
  },
  view: async (data, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'developers' })
    const english = locale === 'en' ? undefined : 'en'
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <section aria-labelledby="configurator" className="developers-section">
          <h2 id="configurator">{t('configurator')}</h2>
          <p>{t('configuratorIntro')}</p>
          <Configurator
            action={`/${locale}/developers#configurator`}
            {...data}
            t={(key, values) => t(key, values)}
            widgetLabel={(widget) => t(`widgets.${widget.replace('wayout-', '')}`)}
          />
        </section>
        <section aria-labelledby="reference" className="developers-section">
          <h2 id="reference">{t('reference')}</h2>
          {english && <p>{t('englishOnly')}</p>}
          <p>{t('referenceIntro')}</p>
          <ApiReference
            origin={data.origin}
            english={english}
            t={{ parameters: t('parameters'), body: t('body'), example: t('example'), responses: t('responses') }}
          />
        </section>
        <section aria-labelledby="policy" className="developers-section">
          <h2 id="policy">{t('policy')}</h2>
          <div lang={english}>
            <Markdown source={data.changelog} shift={1} />
          </div>
        </section>
      </>
    )
  },
})
