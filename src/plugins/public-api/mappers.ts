/**
 * The pieces several endpoints show: images, category and partner references, partner summaries.
 * Each takes the related document as shown (English standing in) and as its locale holds it
 * (`own`), for the `fellBack` lists.
 */
import type { Category, Media, Partner } from '@/payload-types'

import { translate } from './localise'
import type { Context } from './problem'
import type { CategoryRef, Image, PartnerRef, PartnerSummary } from './shapes'

type Related<T> = number | T | null | undefined

/** A related document if it was populated (read access and depth allowing), else null. */
export const populated = <T extends object>(value: Related<T>): T | null =>
  typeof value === 'object' && value !== null ? value : null

/** The populated document with this id in a list of relations. */
export const populatedIn = <T extends { id: number }>(list: Related<T>[] | null | undefined, id: number) =>
  (list ?? []).map(populated).find((doc) => doc?.id === id)

export const absolute = (url: string | null | undefined, { origin }: Context) =>
  url ? new URL(url, origin).href : null

export const image = (shown: Related<Media>, own: Related<Media>, ctx: Context): Image | null => {
  const media = populated(shown)
  if (!media) return null
  const card = media.sizes?.card
  const url = absolute(card?.url ?? media.url, ctx)
  if (!url) return null
  const { alt, fellBack } = translate(media, populated(own), ['alt'])
  return {
    url,
    alt: alt ?? '',
    width: (card?.url ? card.width : media.width) ?? null,
    height: (card?.url ? card.height : media.height) ?? null,
    fellBack,
  }
}

export const categoryRef = (category: Category, own: Related<Category>): CategoryRef => ({
  id: category.id,
  ...translate(category, populated(own), ['title', 'slug']),
})

export const partnerRef = (shown: Related<Partner>, own: Related<Partner>): PartnerRef | null => {
  const partner = populated(shown)
  return partner
    ? { id: partner.id, shortName: partner.shortName, ...translate(partner, populated(own), ['name']) }
    : null
}

export const partnerSummary = (partner: Partner, own: Partner | undefined, ctx: Context): PartnerSummary => ({
  id: partner.id,
  shortName: partner.shortName,
  role: partner.role,
  country: partner.country ?? null,
  website: partner.website ?? null,
  logo: image(partner.logo, own?.logo, ctx),
  ...translate(partner, own, ['name', 'description']),
})

export const notEmpty = <T>(value: T | null): value is T => value !== null
