import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { getPartners } from '@/content/project'
import { getReader } from '@/content/reader'
import type { Media } from '@/payload-types'
import { samePath } from '@sites/website/alternates'
import { anyUntranslated, PageFrame } from '@sites/website/components/PageFrame'
import { Text } from '@sites/website/components/Text'
import { countryName } from '@sites/website/format'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'partners' })
  return pageMetadata({ locale, title: t('title'), alternates: samePath((await getReader()).site, '/partners') })
}

const roles = ['coordinator', 'partner', 'associated'] as const

/** The consortium by role, each with country, logo and website. */
export default async function PartnersPage(props: LocaleParams) {
  const { locale, reader } = await openPage(props)
  const [t, partners] = await Promise.all([getTranslations('partners'), getPartners(reader, locale)])
  return (
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, '/partners')}
      current="/partners"
      untranslated={anyUntranslated(...partners.docs)}
    >
      <h1>{t('title')}</h1>
      {roles.map((role) => {
        const members = partners.docs.filter((partner) => partner.role === role)
        if (!members.length) return null
        return (
          <section key={role} aria-labelledby={`role-${role}`}>
            <h2 id={`role-${role}`}>{t(role)}</h2>
            <ul className="grid">
              {members.map((partner) => {
                const logo = typeof partner.logo === 'object' ? (partner.logo as Media | null) : null
                return (
                  <li key={partner.id} className="card">
                    {logo?.url && (
                      <img
                        src={logo.sizes?.card?.url || logo.url}
                        alt={t('logo', { name: partner.shortName })}
                        width={logo.width ?? undefined}
                        height={logo.height ?? undefined}
                        loading="lazy"
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
    </PageFrame>
  )
}
