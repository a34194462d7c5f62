import { getTranslations } from 'next-intl/server'

import { getPartners } from '@/content/project'
import { ResponsiveImage, imageSizes } from '@sites/shared/components/ResponsiveImage'
import { Text } from '@sites/shared/components/Text'
import { anyUntranslated, definePage } from '@sites/shared/definePage'
import { countryName } from '@sites/shared/format'

import { partnerRoles } from '@collections/Partners'

/** The consortium by role, each with country, logo and website. */
export const partnersPage = definePage({
  site: 'wayout',
  path: '/partners',
  load: async ({ reader, locale }) => ({ partners: await getPartners(reader, locale) }),
  head: async (_data, { locale }) => ({ title: (await getTranslations({ locale, namespace: 'partners' }))('title') }),
  untranslated: ({ partners }) => anyUntranslated(...partners.docs),
  view: async ({ partners }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'partners' })
    return (
      <>
        <h1>{t('title')}</h1>
        {partnerRoles.map((role) => {
          const members = partners.docs.filter((partner) => partner.role === role)
          if (!members.length) return null
          return (
            <section key={role} aria-labelledby={`role-${role}`}>
              <h2 id={`role-${role}`}>{t(role)}</h2>
              <ul className="grid">
                {members.map((partner) => {
                  const logo = typeof partner.logo === 'object' ? partner.logo : null
                  return (
                    <li key={partner.id} className="card">
                      {logo && (
                        <ResponsiveImage
                          image={logo}
                          alt={t('logo', { name: partner.shortName })}
                          sizes={imageSizes.card}
                        />
                      )}
                      <h3 lang={partner.fellBack.includes('name') ? 'en' : undefined}>{partner.name}</h3>
                      {partner.country && <p className="meta">{countryName(locale, partner.country)}</p>}
                      {partner.description && (
                        <Text as="p" english={partner.fellBack.includes('description')}>
                          {partner.description}
                        </Text>
                      )}
                      {partner.website && (
                        <p>
                          <a href={partner.website}>{t('website', { name: partner.shortName })}</a>
                        </p>
                      )}
                    </li>
                  )
                })}
              </ul>
            </section>
          )
        })}
      </>
    )
  },
})
