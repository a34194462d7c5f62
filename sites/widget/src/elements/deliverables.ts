import type { DeliverableList, DeliverableSummary } from '@/plugins/public-api/client'

import { fellBackLang, h, WayoutElement, type Rendered, type Setting } from '../base'
import { deliverableStrings } from './deliverableStrings'

/** The DOI as people cite it (10.…), from its resolver URL. */
const doiName = (url: string) => url.replace(/^https?:\/\/(dx\.)?doi\.org\//, '')

/**
 * `<wayout-deliverables work-package="2">`: the project's public deliverables (of one work
 * package, else all), by code, each with its document and its DOI link; `limit` rows (default 5).
 */
export class WayoutDeliverables extends WayoutElement<DeliverableList> {
  static observedAttributes = [...WayoutElement.observedAttributes, 'work-package']

  protected rows() {
    return this.itemLimit
  }

  private get workPackage() {
    const asked = Number.parseInt(this.getAttribute('work-package') ?? '', 10)
    return asked >= 1 && asked <= 99 ? asked : undefined
  }

  protected fetchData({ api, locale, site, signal }: Setting) {
    return api.deliverables({ locale, site, workPackage: this.workPackage }, { signal })
  }

  protected renderData(data: DeliverableList, { locale }: Setting): Rendered {
    const t = deliverableStrings[locale]
    // Date-only values: formatted in UTC so that no time zone moves them to the day before.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    const row = (item: DeliverableSummary) => {
      const lang = fellBackLang(item.fellBack, 'title')
      const when = item.deliveredDate
        ? `${t.delivered} ${day.format(new Date(item.deliveredDate))}`
        : item.dueMonth && `${t.due} ${item.dueMonth}`
      return h(
        'li',
        { part: 'item' },
        h('p', { class: 'meta', part: 'date' }, [item.code, when].filter(Boolean).join(' · ')),
        item.file
          ? h('a', { class: 'title', part: 'link', href: item.file.url, lang }, item.title)
          : h('p', { class: 'title', lang }, item.title),
        item.doi ? h('a', { class: 'meta', part: 'link', href: item.doi }, `DOI ${doiName(item.doi)}`) : null,
      )
    }
    const items = data.items.slice(0, this.itemLimit).map(row)
    const number = this.workPackage
    return {
      heading: number ? `${t.heading} · ${t.workPackage} ${number}` : t.heading,
      body: [
        items.length
          ? h('ul', { class: 'rows', part: 'list', role: 'list' }, ...items)
          : h('p', { class: 'status' }, t.none),
        h('a', { class: 'more', part: 'more', href: `${data.site.url}/deliverables` }, t.all),
      ],
    }
  }
}
