import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { adminViewText } from '@/plugins/admin-languages/strings'

import { EmbedBuilder } from './EmbedBuilder'

/**
 * Admin → Embed: build the snippet a partner pastes into its page (the widget script with its SRI
 * hash, and one element), with a live preview. For every signed-in user: partners embed too.
 */
export const EmbedView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, visibleEntities } = initPageResult
  const t = adminViewText(req.i18n.t)
  if (!req.user)
    redirect(
      `${req.payload.config.routes.admin}/login?redirect=${encodeURIComponent(`${req.payload.config.routes.admin}/embed`)}`,
    )
  const [{ docs: sites }, { docs: categories }] = await Promise.all([
    req.payload.find({ collection: 'sites', where: { live: { equals: true } }, depth: 0, limit: 100, req }),
    req.payload.find({ collection: 'categories', depth: 0, limit: 200, req, locale: 'en' }),
  ])
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{t('wayoutAdmin:embedHeading')}</h1>
        <p>{t('wayoutAdmin:embedIntro')}</p>
        <EmbedBuilder
          // The default site first: it is the one partners mostly embed.
          sites={[...sites]
            .sort((a, b) => Number(Boolean(b.isDefault)) - Number(Boolean(a.isDefault)))
            .map((site) => ({ key: site.key, name: site.name }))}
          categories={categories.map((category) => ({
            slug: category.slug ?? String(category.id),
            title: category.title,
          }))}
          origin={process.env.SERVER_URL || null}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
