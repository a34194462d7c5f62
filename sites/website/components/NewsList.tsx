import { getTranslations } from 'next-intl/server'

import type { Translated } from '@/content/fallback'
import type { Locale } from '@/i18n/locales'
import type { Media, News } from '@/payload-types'
import { Text } from '@sites/shared/components/Text'
import { formatDate } from '@sites/shared/format'

/** News as cards: title link, date and summary; headings at `level`. */
export const NewsList = async ({
  locale,
  items,
  level = 3,
}: {
  locale: Locale
  items: Translated<News>[]
  level?: 2 | 3
}) => {
  const t = await getTranslations('news')
  if (!items.length) return <p>{t('none')}</p>
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <ul className="grid">
      {items.map((item) => {
        const image = typeof item.heroImage === 'object' ? (item.heroImage as Media | null) : null
        return (
          <li key={item.id} className="card">
            {image?.sizes?.card?.url && (
              <img
                src={image.sizes.card.url}
                alt=""
                width={image.sizes.card.width ?? undefined}
                height={image.sizes.card.height ?? undefined}
                loading="lazy"
              />
            )}
            <Heading>
              <a href={`/${locale}/news/${item.slug}`} lang={item.fellBack.includes('title') ? 'en' : undefined}>
                {item.title}
              </a>
            </Heading>
            {item.publishedAt && (
              <p className="meta">
                <time dateTime={item.publishedAt}>{formatDate(locale, item.publishedAt)}</time>
              </p>
            )}
            {item.summary && (
              <Text as="p" english={item.fellBack.includes('summary')}>
                {item.summary}
              </Text>
            )}
          </li>
        )
      })}
    </ul>
  )
}
