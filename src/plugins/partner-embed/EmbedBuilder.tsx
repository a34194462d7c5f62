'use client'

import { Button } from '@payloadcms/ui'
import { createElement, useEffect, useMemo, useState } from 'react'

import { locales, localeNames } from '@/i18n/locales'

const widgets = {
  'wayout-project': 'Project card (objectives, outcomes, partners, funding)',
  'wayout-news': 'Latest news',
  'wayout-events': 'Events',
  'wayout-partners': 'Partners',
  'wayout-subscribe': 'Newsletter sign-up',
} as const
type Widget = keyof typeof widgets

type Manifest = { file: string; integrity: string; gzipBytes: number }

type Props = {
  sites: { key: string; name: string }[]
  categories: { slug: string; title: string }[]
  /** SERVER_URL when set; otherwise the address this admin is open at. */
  origin: string | null
}

const fallbackText: Record<Widget, string> = {
  'wayout-project': 'WayOut – Integrated Exit Programme for Prison and Probation',
  'wayout-news': 'WayOut news',
  'wayout-events': 'WayOut events',
  'wayout-partners': 'WayOut partners',
  'wayout-subscribe': 'WayOut newsletter',
}
const fallbackPath: Record<Widget, string> = {
  'wayout-project': '',
  'wayout-news': '/news',
  'wayout-events': '/events',
  'wayout-partners': '/partners',
  'wayout-subscribe': '',
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** Pickers, the snippet and a live preview of the element with the very same attributes. */
export const EmbedBuilder = ({ sites, categories, origin: configured }: Props) => {
  const [widget, setWidget] = useState<Widget>('wayout-news')
  const [locale, setLocale] = useState<string>('en')
  const [site, setSite] = useState(sites[0]?.key ?? 'wayout')
  const [limit, setLimit] = useState(5)
  const [category, setCategory] = useState('')
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming')
  const [theme, setTheme] = useState<'light' | 'dark'>('light')
  const [manifest, setManifest] = useState<Manifest | null>(null)
  const [copied, setCopied] = useState(false)
  const [origin, setOrigin] = useState(configured ?? '')

  useEffect(() => {
    fetch('/widget/v1/manifest.json')
      .then((response) => response.json())
      .then((data: Manifest) => {
        setOrigin(configured ?? window.location.origin)
        setManifest(data)
        // The preview uses the same bundle partners get, loaded once into this page.
        if (!document.querySelector('script[data-wayout-widget]')) {
          const script = document.createElement('script')
          script.src = data.file
          script.integrity = data.integrity
          script.crossOrigin = 'anonymous'
          script.dataset.wayoutWidget = ''
          document.head.append(script)
        }
      })
      .catch(() => setManifest(null))
  }, [configured])

  const attributes = useMemo(() => {
    const list: [string, string][] = [
      ['locale', locale],
      ['site', site],
    ]
    if (widget === 'wayout-news' || widget === 'wayout-events') list.push(['limit', String(limit)])
    if (widget === 'wayout-news' && category) list.push(['category', category])
    if (widget === 'wayout-events') list.push(['when', when])
    if (theme === 'dark') list.push(['theme', 'dark'])
    return list
  }, [widget, locale, site, limit, category, when, theme])

  const siteUrl = `${origin}/${locale}${fallbackPath[widget]}`
  const snippet = manifest
    ? [
        `<script src="${origin}${manifest.file}" integrity="${manifest.integrity}" crossorigin="anonymous" defer></script>`,
        `<${widget} ${attributes.map(([name, value]) => `${name}="${escape(value)}"`).join(' ')}>`,
        `  <a href="${escape(siteUrl)}">${escape(fallbackText[widget])}</a>`,
        `</${widget}>`,
      ].join('\n')
    : ''

  const copy = async () => {
    await navigator.clipboard.writeText(snippet)
    setCopied(true)
    setTimeout(() => setCopied(false), 2000)
  }

  const preview = Object.fromEntries(attributes)

  return (
    <div className="wayout-embed">
      <fieldset>
        <legend>Widget and options</legend>
        <label>
          Widget{' '}
          <select value={widget} onChange={(event) => setWidget(event.target.value as Widget)}>
            {Object.entries(widgets).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Language{' '}
          <select value={locale} onChange={(event) => setLocale(event.target.value)}>
            {locales.map((code) => (
              <option key={code} value={code}>
                {localeNames[code]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Site{' '}
          <select value={site} onChange={(event) => setSite(event.target.value)}>
            {sites.map(({ key, name }) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
        </label>{' '}
        {(widget === 'wayout-news' || widget === 'wayout-events') && (
          <label>
            Items{' '}
            <input
              type="number"
              min={1}
              max={50}
              value={limit}
              onChange={(event) => setLimit(Math.min(50, Math.max(1, Number(event.target.value) || 1)))}
            />
          </label>
        )}{' '}
        {widget === 'wayout-news' && (
          <label>
            Category{' '}
            <select value={category} onChange={(event) => setCategory(event.target.value)}>
              <option value="">All</option>
              {categories.map(({ slug, title }) => (
                <option key={slug} value={slug}>
                  {title}
                </option>
              ))}
            </select>
          </label>
        )}{' '}
        {widget === 'wayout-events' && (
          <label>
            Events{' '}
            <select value={when} onChange={(event) => setWhen(event.target.value as 'upcoming' | 'past')}>
              <option value="upcoming">Upcoming</option>
              <option value="past">Past</option>
            </select>
          </label>
        )}{' '}
        <label>
          Theme{' '}
          <select value={theme} onChange={(event) => setTheme(event.target.value as 'light' | 'dark')}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </fieldset>

      <h2>Snippet</h2>
      {manifest ? (
        <>
          <textarea aria-label="Snippet to copy" readOnly rows={6} value={snippet} onFocus={(e) => e.target.select()} />
          <Button onClick={copy}>{copied ? 'Copied' : 'Copy snippet'}</Button>
          <p>
            The script is pinned by its Subresource Integrity hash ({(manifest.gzipBytes / 1024).toFixed(1)} KB
            gzipped). For automatic updates instead, use <code>{origin}/widget/v1/wayout.js</code> without the{' '}
            <code>integrity</code> attribute.
          </p>
        </>
      ) : (
        <p>The widget bundle is not built: run npm run build.</p>
      )}

      <h2>Preview</h2>
      <div className="wayout-embed__preview">
        {/* A custom element, which JSX types do not know: created by its tag name. */}
        {createElement(widget, { key: widget, ...preview }, <a href={siteUrl}>{fallbackText[widget]}</a>)}
      </div>
    </div>
  )
}
