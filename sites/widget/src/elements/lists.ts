import type { EventList, EventSummary, NewsList, PartnerList, PartnerSummary } from '@/plugins/public-api/client'

import type { partnerRoles as collectionRoles } from '@collections/Partners'

import { fellBackLang, h, WayoutElement, type Rendered, type Setting } from '../base'
import type { Strings } from '../i18n'

const dateOnly = (locale: string, timeZone?: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone })

const time = (iso: string, text: string) => h('time', { datetime: iso }, text)

/** `<wayout-news>`: the latest news of a site, newest first, linking to the articles. */
export class WayoutNews extends WayoutElement<NewsList> {
  protected rows() {
    return this.itemLimit
  }

  protected fetchData({ api, locale, site, signal }: Setting) {
    const category = this.getAttribute('category') || undefined
    return api.news({ locale, site, category, limit: this.itemLimit }, { signal })
  }

  protected renderData(data: NewsList, { t, locale }: Setting): Rendered {
    const format = dateOnly(locale)
    const items = data.items.map((item) =>
      h(
        'li',
        { part: 'item' },
        item.publishedAt
          ? h('p', { class: 'meta', part: 'date' }, time(item.publishedAt, format.format(new Date(item.publishedAt))))
          : null,
        h(
          'a',
          { class: 'title', part: 'link', href: item.url, lang: fellBackLang(item.fellBack, 'title') },
          item.title,
        ),
        item.summary
          ? h('p', { class: 'summary', part: 'summary', lang: fellBackLang(item.fellBack, 'summary') }, item.summary)
          : null,
      ),
    )
    return {
      heading: t.news,
      body: [list(items, t), h('a', { class: 'more', part: 'more', href: `${data.site.url}/news` }, t.allNews)],
    }
  }
}

const list = (items: HTMLElement[], t: Strings) =>
  items.length
    ? // role=list: Safari drops list semantics from lists styled without bullets.
      h('ul', { class: 'rows', part: 'list', role: 'list' }, ...items)
    : h('p', { class: 'status' }, t.empty)

const eventDates = (event: EventSummary, locale: string) => {
  const options: Intl.DateTimeFormatOptions = event.allDay
    ? { dateStyle: 'long', timeZone: event.timeZone }
    : { dateStyle: 'long', timeStyle: 'short', timeZone: event.timeZone, timeZoneName: 'short' }
  const format = new Intl.DateTimeFormat(locale, options)
  const start = new Date(event.startsAt)
  const text = event.endsAt ? format.formatRange(start, new Date(event.endsAt)) : format.format(start)
  return time(event.startsAt, text)
}

const place = (event: EventSummary, t: Strings, regions: Intl.DisplayNames) => {
  if (event.online) return t.online
  const venue = event.venue
  if (!venue) return null
  return [venue.name, venue.city, venue.country && regions.of(venue.country)].filter(Boolean).join(', ') || null
}

/** `<wayout-events when="upcoming|past">`: a site's events, dated in the event's own time zone. */
export class WayoutEvents extends WayoutElement<EventList> {
  protected rows() {
    return this.itemLimit
  }

  private get eventsWhen() {
    return this.getAttribute('when') === 'past' ? 'past' : 'upcoming'
  }

  protected fetchData({ api, locale, site, signal }: Setting) {
    const type = (this.getAttribute('type') || undefined) as EventSummary['type'] | undefined
    return api.events({ locale, site, when: this.eventsWhen, type, limit: this.itemLimit }, { signal })
  }

  protected renderData(data: EventList, { t, locale }: Setting): Rendered {
    const regions = new Intl.DisplayNames([locale], { type: 'region' })
    const items = data.items.map((event) => {
      const where = place(event, t, regions)
      return h(
        'li',
        { part: 'item' },
        h('p', { class: 'meta', part: 'date' }, eventDates(event, locale), ` · ${t[event.type]}`),
        h(
          'a',
          { class: 'title', part: 'link', href: event.url, lang: fellBackLang(event.fellBack, 'title') },
          event.title,
        ),
        where ? h('p', { class: 'meta', part: 'place' }, where) : null,
      )
    })
    return {
      heading: this.eventsWhen === 'past' ? t.past : t.upcoming,
      body: [list(items, t), h('a', { class: 'more', part: 'more', href: `${data.site.url}/events` }, t.allEvents)],
    }
  }
}

export const partnerLine = (partner: PartnerSummary, regions: Intl.DisplayNames) => {
  const name = partner.website
    ? h('a', { href: partner.website, part: 'link', lang: fellBackLang(partner.fellBack, 'name') }, partner.name)
    : h('span', { lang: fellBackLang(partner.fellBack, 'name') }, partner.name)
  return h('li', { part: 'item' }, name, partner.country ? ` (${regions.of(partner.country)})` : '')
}

/**
 * The consortium's roles in the order the widget shows them. A copy, because the bundle carries
 * no Payload code: the type ties it to the Partners collection's `partnerRoles`.
 */
export const partnerRoles = ['coordinator', 'partner', 'associated'] as const satisfies typeof collectionRoles

/** `<wayout-partners>`: the consortium by role; `partner-role` shows one role only. */
export class WayoutPartners extends WayoutElement<PartnerList> {
  protected rows() {
    // Rows of one line (the consortium has nine members in three groups): an estimate.
    return 3
  }

  private get partnerRole() {
    const asked = this.getAttribute('partner-role')
    return partnerRoles.find((role) => role === asked)
  }

  protected fetchData({ api, locale, site, signal }: Setting) {
    return api.partners({ locale, site, role: this.partnerRole }, { signal })
  }

  protected renderData(data: PartnerList, { t, locale }: Setting): Rendered {
    const regions = new Intl.DisplayNames([locale], { type: 'region' })
    const groups = partnerRoles
      .map((role) => [role, data.items.filter((partner) => partner.role === role)] as const)
      .filter(([, members]) => members.length)
    return {
      heading: this.partnerRole ? t[this.partnerRole] : t.partners,
      body: groups.flatMap(([role, members]) => [
        this.partnerRole ? null : h('h3', { part: 'subheading' }, t[role]),
        h('ul', { class: 'bullets', part: 'list' }, ...members.map((partner) => partnerLine(partner, regions))),
      ]),
    }
  }
}
