import type { ProjectResponse } from '@/plugins/public-api/client'

import { fellBackLang, h, WayoutElement, type Rendered, type Setting } from '../base'
import { partnerLine, partnerRoles } from './lists'

/**
 * `<wayout-project>`: the card partners show on their project pages (CEP's is the model):
 * summary, objectives, expected outcomes, the consortium by role, funding and timeframe.
 */
export class WayoutProject extends WayoutElement<ProjectResponse> {
  protected rows() {
    // The card's height depends on its width and language: an estimate partners can adjust
    // with --wayout-rows.
    return 9
  }

  protected fetchData({ api, locale, site, signal }: Setting) {
    return api.project({ locale, site }, { signal })
  }

  protected renderData({ project, site }: ProjectResponse, { t, locale }: Setting): Rendered {
    const regions = new Intl.DisplayNames([locale], { type: 'region' })
    // Date-only values: formatted in UTC so that no time zone moves them to the day before.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    const statements = (items: ProjectResponse['project']['objectives']) =>
      h(
        'ul',
        { class: 'bullets', part: 'list' },
        ...items.map((item) => h('li', { part: 'item', lang: fellBackLang(item.fellBack, 'text') }, item.text)),
      )
    const { funding, timeframe, partners } = project
    const fundingText = [funding.programme, funding.body].filter(Boolean).join(' – ')
    const facts: [string, Node | string][] = [
      ...partnerRoles
        .filter((role) => partners[role].length)
        .map((role): [string, Node] => [
          t[role],
          h('ul', { part: 'list' }, ...partners[role].map((partner) => partnerLine(partner, regions))),
        ]),
      ...(fundingText ? [[t.funding, fundingText] as [string, string]] : []),
      ...(timeframe.start && timeframe.end
        ? [[t.timeframe, day.formatRange(new Date(timeframe.start), new Date(timeframe.end))] as [string, string]]
        : []),
    ]
    return {
      heading: `${project.name}: ${project.fullTitle}`,
      body: [
        project.summary
          ? h('p', { part: 'summary', lang: fellBackLang(project.fellBack, 'summary') }, project.summary)
          : null,
        project.objectives.length ? h('h3', { part: 'subheading' }, t.objectives) : null,
        project.objectives.length ? statements(project.objectives) : null,
        project.outcomes.length ? h('h3', { part: 'subheading' }, t.outcomes) : null,
        project.outcomes.length ? statements(project.outcomes) : null,
        h('dl', { part: 'facts' }, ...facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
        h('a', { class: 'more', part: 'more', href: project.website || site.url }, t.website),
      ],
    }
  }
}
