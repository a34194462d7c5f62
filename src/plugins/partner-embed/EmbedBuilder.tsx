'use client'

import { Button } from '@payloadcms/ui'
import { createElement, useEffect, useState } from 'react'

import { locales, localeNames, type Locale } from '@/i18n/locales'

import {
  attributesOf,
  defaultChoice,
  fallbacks,
  fallbackUrl,
  snippetOf,
  takes,
  type BundleManifest,
  type EmbedChoice,
  type Widget,
} from './snippet'

const widgets: Record<Widget, string> = {
  'wayout-project': 'Project card (objectives, outcomes, partners, funding)',
  'wayout-news': 'Latest news',
  'wayout-events': 'Events',
  'wayout-partners': 'Partners',
  'wayout-deliverables': 'Deliverables (with DOI links)',
  'wayout-subscribe': 'Newsletter sign-up',
}

type Props = {
  sites: { key: string; name: string }[]
  categories: { slug: string; title: string }[]
  /** SERVER_URL when set; otherwise the address this admin is open at. */
  origin: string | null
}

/** Pickers, the snippet and a live preview of the element with the very same attributes. */
export const EmbedBuilder = ({ sites, categories, origin: configured }: Props) => {
  const [choice, setChoice] = useState<EmbedChoice>(() => defaultChoice(sites[0]?.key ?? 'wayout'))
  const choose = (change: Partial<EmbedChoice>) => setChoice((current) => ({ ...current, ...change }))
  const { widget } = choice
  const [manifest, setManifest] = useState<BundleManifest | null>(null)
  const [copied, setCopied] = useState(false)
  const [origin, setOrigin] = useState(configured ?? '')

  useEffect(() => {
    fetch('/widget/v1/manifest.json')
      .then((response) => response.json())
      .then((data: BundleManifest) => {
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

  const siteUrl = fallbackUrl(choice, origin)
  const snippet = manifest ? snippetOf(choice, manifest, origin) : ''

  const copy = async () => {
    await navigator.clipboard.writeText(snippet)
    setCopied(true)
    setTimeout(() => setCopied(false), 2000)
  }

  const preview = Object.fromEntries(attributesOf(choice))

  return (
    <div className="wayout-embed">
      <fieldset>
        <legend>Widget and options</legend>
        <label>
          Widget{' '}
          <select value={widget} onChange={(event) => choose({ widget: event.target.value as Widget })}>
            {Object.entries(widgets).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Language{' '}
          <select value={choice.locale} onChange={(event) => choose({ locale: event.target.value as Locale })}>
            {locales.map((code) => (
              <option key={code} value={code}>
                {localeNames[code]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Site{' '}
          <select value={choice.site} onChange={(event) => choose({ site: event.target.value })}>
            {sites.map(({ key, name }) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
        </label>{' '}
        {takes.limit(widget) && (
          <label>
            Items{' '}
            <input
              type="number"
              min={1}
              max={50}
              value={choice.limit}
              onChange={(event) => choose({ limit: Math.min(50, Math.max(1, Number(event.target.value) || 1)) })}
            />
          </label>
        )}{' '}
        {takes.category(widget) && (
          <label>
            Category{' '}
            <select value={choice.category} onChange={(event) => choose({ category: event.target.value })}>
              <option value="">All</option>
              {categories.map(({ slug, title }) => (
                <option key={slug} value={slug}>
                  {title}
                </option>
              ))}
            </select>
          </label>
        )}{' '}
        {takes.workPackage(widget) && (
          <label>
            Work package (0: the whole project){' '}
            <input
              type="number"
              min={0}
              max={99}
              value={choice.workPackage}
              onChange={(event) => choose({ workPackage: Math.min(99, Math.max(0, Number(event.target.value) || 0)) })}
            />
          </label>
        )}{' '}
        {takes.when(widget) && (
          <label>
            Events{' '}
            <select
              value={choice.when}
              onChange={(event) => choose({ when: event.target.value as 'upcoming' | 'past' })}
            >
              <option value="upcoming">Upcoming</option>
              <option value="past">Past</option>
            </select>
          </label>
        )}{' '}
        <label>
          Theme{' '}
          <select value={choice.theme} onChange={(event) => choose({ theme: event.target.value as 'light' | 'dark' })}>
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
        {createElement(widget, { key: widget, ...preview }, <a href={siteUrl}>{fallbacks[widget].text}</a>)}
      </div>
    </div>
  )
}
