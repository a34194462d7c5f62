import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { NewsCard } from '@/content/news'
import { CardMedia } from '@sites/shared/components/CardMedia'
import { Text } from '@sites/shared/components/Text'
import { formatDate } from '@sites/shared/format'

/**
 * News as cards: picture (or its stand-in), title link over the whole card, date and summary.
 * `leadsPage`: the list opens the page, so its first picture is the largest above the fold.
 */
export const NewsList = async ({
  locale,
  items,
  level = 3,
  leadsPage = false,
}: {
  locale: Locale
  items: NewsCard[]
  level?: 2 | 3
  leadsPage?: boolean
}) => {
  const t = await getTranslations('news')
  if (!items.length) return <p>{t('none')}</p>
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <ul className="grid">
      {items.map((item, index) => (
        <li key={item.id} className="card">
          <CardMedia
            image={typeof item.heroImage === 'object' ? item.heroImage : null}
            priority={leadsPage && index === 0}
          />
          {item.publishedAt && (
            <p className="meta">
              <time dateTime={item.publishedAt}>{formatDate(locale, item.publishedAt)}</time>
            </p>
          )}
          <Heading>
            <a
              className="card-link"
              href={`/${locale}/news/${item.slug}`}
              lang={item.fellBack.includes('title') ? 'en' : undefined}
            >
              {item.title}
            </a>
          </Heading>
          {item.summary && (
            <Text as="p" english={item.fellBack.includes('summary')}>
              {item.summary}
            </Text>
          )}
        </li>
      ))}
    </ul>
  )
}
