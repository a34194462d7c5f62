import { publicApiClient, type PublicApiClient } from '@/plugins/public-api/client'

import { strings, widgetLocale, type Strings, type WidgetLocale } from './i18n'
import { css } from './styles'

/** The origin this script was served from: the API's default address. Read while the script runs. */
export const scriptOrigin = (() => {
  const src = (document.currentScript as HTMLScriptElement | null)?.src
  return src ? new URL(src).origin : location.origin
})()

let sharedSheet: CSSStyleSheet | undefined
export const stylesheet = () => {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet()
    sharedSheet.replaceSync(css)
  }
  return sharedSheet
}

type Child = Node | string | null | undefined | false

/** Elements made with the DOM API only: text is never parsed as HTML, and no style attribute is set. */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) if (value != null) element.setAttribute(name, value)
  element.append(...children.filter((child): child is Node | string => Boolean(child)))
  return element
}

/** `lang="en"` on text the API flagged as fallen back to English, so it is read out as English. */
export const fellBackLang = (fellBack: string[], ...fields: string[]) =>
  fields.some((field) => fellBack.includes(field)) ? 'en' : null

export type Rendered = { heading: string; body: Child[] }

export type Setting = { locale: WidgetLocale; t: Strings; site?: string; api: PublicApiClient; signal: AbortSignal }

const attributes = [
  'locale',
  'site',
  'limit',
  'category',
  'theme',
  'api',
  'when',
  'partner-role',
  'type',
  'heading-level',
]

/**
 * What every data widget shares: a shadow root with the shared stylesheet, its space reserved at
 * once, data fetched only when the element comes near the viewport, and the light-DOM content
 * (the partner's fallback link) shown again if the data cannot be had.
 */
export abstract class WayoutElement<T> extends HTMLElement {
  static observedAttributes = attributes
  protected readonly root = this.attachShadow({ mode: 'open' })
  private readonly reserve = new CSSStyleSheet()
  private observer?: IntersectionObserver
  private near = false
  private controller?: AbortController
  private pending = false

  /** How many fixed-height rows to reserve before the data arrives. */
  protected abstract rows(): number
  protected abstract fetchData(setting: Setting): Promise<T>
  protected abstract renderData(data: T, setting: Setting): Rendered

  connectedCallback() {
    this.root.adoptedStyleSheets = [stylesheet(), this.reserve]
    if (!this.near) this.show([h('p', { class: 'status' }, strings[this.uiLocale].loading)], true)
    this.observer ??= new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        this.near = true
        this.observer?.disconnect()
        void this.refresh()
      },
      { rootMargin: '300px' },
    )
    if (!this.near) this.observer.observe(this)
  }

  disconnectedCallback() {
    this.observer?.disconnect()
    this.controller?.abort()
  }

  attributeChangedCallback() {
    if (!this.near || this.pending) return
    // Several attributes set in one go (the admin preview) make one request.
    this.pending = true
    queueMicrotask(() => {
      this.pending = false
      void this.refresh()
    })
  }

  // Named unlike the attributes: a framework that sets `element.locale = …` (React 19 does, for
  // properties that exist) must not hit a getter without a setter.
  protected get uiLocale() {
    return widgetLocale(this.getAttribute('locale'))
  }

  protected get itemLimit() {
    const asked = Number.parseInt(this.getAttribute('limit') ?? '', 10)
    return Number.isInteger(asked) ? Math.min(Math.max(asked, 1), 50) : 5
  }

  private heading(text: string) {
    const level = Number.parseInt(this.getAttribute('heading-level') ?? '2', 10)
    const tag = `h${level >= 2 && level <= 6 ? level : 2}` as 'h2'
    return h(tag, { id: 'heading', part: 'heading' }, text)
  }

  private show(body: Child[], busy = false, heading?: string) {
    this.reserve.replaceSync(`:host{--wayout-rows:${this.rows()}}`)
    const section = h(
      'section',
      {
        part: 'card',
        lang: this.uiLocale,
        'aria-busy': busy ? 'true' : null,
        'aria-labelledby': heading ? 'heading' : null,
      },
      heading ? this.heading(heading) : null,
      ...body,
    )
    this.root.replaceChildren(section)
  }

  private async refresh() {
    this.controller?.abort()
    const controller = (this.controller = new AbortController())
    const locale = this.uiLocale
    const t = strings[locale]
    const api = publicApiClient(this.getAttribute('api') || scriptOrigin)
    const setting: Setting = { locale, t, api, site: this.getAttribute('site') || undefined, signal: controller.signal }
    this.show([h('p', { class: 'status', role: 'status' }, t.loading)], true)
    try {
      const data = await this.fetchData(setting)
      if (controller.signal.aborted) return
      const { heading, body } = this.renderData(data, setting)
      this.show(body, false, heading)
    } catch (error) {
      if (controller.signal.aborted) return
      console.warn(`<${this.localName}>:`, (error as Error).message)
      // The partner's own fallback content (light DOM) comes back, after a short notice.
      this.show([h('p', { class: 'status', role: 'status' }, t.failed), h('slot')])
    }
  }
}
