/**
 * The embed snippet, built the same way by the admin's Embed page (EmbedBuilder, live) and the
 * public developers page (from the query of its form, without JavaScript): the widgets on offer,
 * the options each takes, and the snippet's text. Pure: no React, no Payload.
 */
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

export const widgetNames = [
  'wayout-project',
  'wayout-news',
  'wayout-events',
  'wayout-partners',
  'wayout-deliverables',
  'wayout-subscribe',
] as const
export type Widget = (typeof widgetNames)[number]

/** The partner's fallback link (shown without JavaScript): its text and the page it opens. */
export const fallbacks: Record<Widget, { text: string; path: string }> = {
  'wayout-project': { text: 'WayOut – Integrated Exit Programme for Prison and Probation', path: '' },
  'wayout-news': { text: 'WayOut news', path: '/news' },
  'wayout-events': { text: 'WayOut events', path: '/events' },
  'wayout-partners': { text: 'WayOut partners', path: '/partners' },
  'wayout-deliverables': { text: 'WayOut deliverables', path: '/deliverables' },
  'wayout-subscribe': { text: 'WayOut newsletter', path: '' },
}

/** Which options a widget takes (the rest are not offered for it, nor written into its snippet). */
export const takes = {
  limit: (widget: Widget) => widget === 'wayout-news' || widget === 'wayout-events' || widget === 'wayout-deliverables',
  category: (widget: Widget) => widget === 'wayout-news',
  when: (widget: Widget) => widget === 'wayout-events',
  workPackage: (widget: Widget) => widget === 'wayout-deliverables',
}

export type EmbedChoice = {
  widget: Widget
  locale: Locale
  site: string
  limit: number
  category: string
  when: 'upcoming' | 'past'
  theme: 'light' | 'dark'
  /** A work package's number, or 0 for the whole project. */
  workPackage: number
}

export const defaultChoice = (site: string): EmbedChoice => ({
  widget: 'wayout-news',
  locale: defaultLocale,
  site,
  limit: 5,
  category: '',
  when: 'upcoming',
  theme: 'light',
  workPackage: 0,
})

const whole = (value: string | undefined, min: number, max: number, fallback: number) => {
  const number = Number.parseInt(value ?? '', 10)
  return Number.isInteger(number) ? Math.min(max, Math.max(min, number)) : fallback
}

/** What may be chosen: the live sites (the default first), category slugs and work package numbers. */
export type Offer = { sites: string[]; categories: string[]; workPackages: number[] }

/** A choice from a form's query: a value not on offer, or an option its widget does not take, is the default. */
export const choiceFrom = (query: Record<string, string | undefined>, offer: Offer): EmbedChoice => {
  const choice = defaultChoice(offer.sites[0] ?? 'wayout')
  const widget = widgetNames.find((name) => name === query.widget) ?? choice.widget
  const site = offer.sites.find((key) => key === query.site)
  const workPackage = whole(query.workPackage, 0, 99, 0)
  return {
    widget,
    locale: isLocale(query.language) ? query.language : choice.locale,
    site: site ?? choice.site,
    limit: takes.limit(widget) ? whole(query.limit, 1, 50, choice.limit) : choice.limit,
    category: (takes.category(widget) && offer.categories.find((slug) => slug === query.category)) || '',
    when: takes.when(widget) && query.when === 'past' ? 'past' : 'upcoming',
    theme: query.theme === 'dark' ? 'dark' : 'light',
    workPackage: takes.workPackage(widget) && offer.workPackages.includes(workPackage) ? workPackage : 0,
  }
}

/**
 * The one query that asks for `choice`: only the options its widget takes, defaults left out, in
 * one order. Any other query for the same choice is sent here, so the page has one address per
 * choice (and the cache one entry).
 */
export const queryOf = (choice: EmbedChoice, offer: Offer) => {
  const base = defaultChoice(offer.sites[0] ?? 'wayout')
  const { widget } = choice
  const query = new URLSearchParams()
  if (widget !== base.widget) query.set('widget', widget)
  if (choice.locale !== base.locale) query.set('language', choice.locale)
  if (choice.site !== base.site) query.set('site', choice.site)
  if (takes.limit(widget) && choice.limit !== base.limit) query.set('limit', String(choice.limit))
  if (takes.category(widget) && choice.category) query.set('category', choice.category)
  if (takes.when(widget) && choice.when !== base.when) query.set('when', choice.when)
  if (takes.workPackage(widget) && choice.workPackage) query.set('workPackage', String(choice.workPackage))
  if (choice.theme !== base.theme) query.set('theme', choice.theme)
  return query.toString()
}

/** The element's attributes for a choice, in the order the snippet writes them. */
export const attributesOf = (choice: EmbedChoice): [string, string][] => {
  const { widget } = choice
  const list: [string, string][] = [
    ['locale', choice.locale],
    ['site', choice.site],
  ]
  if (takes.limit(widget)) list.push(['limit', String(choice.limit)])
  if (takes.category(widget) && choice.category) list.push(['category', choice.category])
  if (takes.when(widget)) list.push(['when', choice.when])
  if (takes.workPackage(widget) && choice.workPackage) list.push(['work-package', String(choice.workPackage)])
  if (choice.theme === 'dark') list.push(['theme', 'dark'])
  return list
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

export type BundleManifest = { file: string; integrity: string; gzipBytes: number }

/** The fallback link's address on the project site, in the chosen language. */
export const fallbackUrl = (choice: EmbedChoice, origin: string) =>
  `${origin}/${choice.locale}${fallbacks[choice.widget].path}`

/** What a partner pastes: the hashed script pinned by its SRI hash, and the element with its fallback link. */
export const snippetOf = (choice: EmbedChoice, manifest: BundleManifest, origin: string) => {
  const { widget } = choice
  return [
    `<script src="${origin}${manifest.file}" integrity="${manifest.integrity}" crossorigin="anonymous" defer></script>`,
    `<${widget} ${attributesOf(choice)
      .map(([name, value]) => `${name}="${escape(value)}"`)
      .join(' ')}>`,
    `  <a href="${escape(fallbackUrl(choice, origin))}">${escape(fallbacks[widget].text)}</a>`,
    `</${widget}>`,
  ].join('\n')
}
