import { getTranslations } from 'next-intl/server'

import { getPractice } from '@/content/practices'
import { Text } from '@sites/shared/components/Text'
import { definePage, type PageContext } from '@sites/shared/definePage'
import { countryName } from '@sites/shared/format'
import { wholeNumber } from '@sites/shared/urlValues'
import { documentTag } from '@/plugins/site-cache/tags'
import { withMeta } from '@sites/shared/metadata'

/** One published practice. The submitter's name and email stay private; the organisation is shown. */
export const practicePage = definePage({
  site: 'practices',
  path: ({ id }: { id: number }) => `/practices/${id}`,
  section: '/',
  tags: (practice) => [documentTag('practices', practice.id)],
  load: async ({ reader, locale, params }: PageContext<{ id: string }>) => {
    const id = wholeNumber(params.id)
    return id ? getPractice(reader, locale, id) : null
  },
  head: (practice) => withMeta(practice.meta, { title: practice.title, description: practice.approach.slice(0, 200) }),
  untranslated: (practice) => practice.fellBack.length > 0,
  view: async (practice, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'practices' })
    const english = (field: string) => practice.fellBack.includes(field as never)
    return (
      <>
        <p>
          <a href={`/${locale}`}>{t('back')}</a>
        </p>
        <Text as="h1" english={english('title')}>
          {practice.title}
        </Text>
        <dl className="facts">
          <dt>{t('country')}</dt>
          <dd>{countryName(locale, practice.country)}</dd>
          <dt>{t('setting')}</dt>
          <dd>{practice.setting.map((setting) => t('settingValue', { setting })).join(', ')}</dd>
          <dt>{t('targetGroup')}</dt>
          <Text as="dd" english={english('targetGroup')}>
            {practice.targetGroup}
          </Text>
          {practice.contact?.organisation && (
            <>
              <dt>{t('contact')}</dt>
              <dd>{practice.contact.organisation}</dd>
            </>
          )}
        </dl>
        <h2>{t('approach')}</h2>
        <Text as="p" english={english('approach')} className="prose">
          {practice.approach}
        </Text>
        {practice.evidence && (
          <>
            <h2>{t('evidence')}</h2>
            <Text as="p" english={english('evidence')} className="prose">
              {practice.evidence}
            </Text>
          </>
        )}
      </>
    )
  },
})
