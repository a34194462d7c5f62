'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { createElement, useEffect, useState } from 'react'

import { locales, localeNames, type Locale } from '@/i18n/locales'
import { adminViewText } from '@/plugins/admin-languages/strings'

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

/** Each widget's name in the admin's strings (../admin-languages/strings). */
const widgets = {
  'wayout-project': 'wayoutAdmin:embedWidgetProject',
  'wayout-news': 'wayoutAdmin:embedWidgetNews',
  'wayout-events': 'wayoutAdmin:embedWidgetEvents',
  'wayout-partners': 'wayoutAdmin:embedWidgetPartners',
  'wayout-deliverables': 'wayoutAdmin:embedWidgetDeliverables',
  'wayout-subscribe': 'wayoutAdmin:embedWidgetSubscribe',
} as const satisfies Record<Widget, string>

type Props = {
  sites: { key: string; name: string }[]
  categories: { slug: string; title: string }[]
  /** SERVER_URL when set; otherwise the address this admin is open at. */
  origin: string | null
}

/** Pickers, the snippet and a live preview of the element with the very same attributes. */
export const EmbedBuilder = ({ sites, categories, origin: configured }: Props) => {
  const t = adminViewText(useTranslation().t)
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
        <legend>{t('wayoutAdmin:embedOptions')}</legend>
        <label>
          {t('wayoutAdmin:embedWidget')}{' '}
          <select value={widget} onChange={(event) => choose({ widget: event.target.value as Widget })}>
            {Object.entries(widgets).map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('wayoutAdmin:embedLanguage')}{' '}
          <select value={choice.locale} onChange={(event) => choose({ locale: event.target.value as Locale })}>
            {locales.map((code) => (
              <option key={code} value={code}>
                {localeNames[code]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('wayoutAdmin:embedSite')}{' '}
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
            {t('wayoutAdmin:embedItems')}{' '}
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
            {t('wayoutAdmin:embedCategory')}{' '}
            <select value={choice.category} onChange={(event) => choose({ category: event.target.value })}>
              <option value="">{t('wayoutAdmin:embedAllCategories')}</option>
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
            {t('wayoutAdmin:embedWorkPackage')}{' '}
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
            {t('wayoutAdmin:embedEvents')}{' '}
            <select
              value={choice.when}
              onChange={(event) => choose({ when: event.target.value as 'upcoming' | 'past' })}
            >
              <option value="upcoming">{t('wayoutAdmin:embedUpcoming')}</option>
              <option value="past">{t('wayoutAdmin:embedPast')}</option>
            </select>
          </label>
        )}{' '}
        <label>
          {t('wayoutAdmin:embedTheme')}{' '}
          <select value={choice.theme} onChange={(event) => choose({ theme: event.target.value as 'light' | 'dark' })}>
            <option value="light">{t('wayoutAdmin:embedLight')}</option>
            <option value="dark">{t('wayoutAdmin:embedDark')}</option>
          </select>
        </label>
      </fieldset>

      <h2>{t('wayoutAdmin:embedSnippet')}</h2>
      {manifest ? (
        <>
          <textarea
            aria-label={t('wayoutAdmin:embedSnippetLabel')}
            readOnly
            rows={6}
            value={snippet}
            onFocus={(e) => e.target.select()}
          />
          <Button onClick={copy}>{t(copied ? 'wayoutAdmin:embedCopied' : 'wayoutAdmin:embedCopy')}</Button>
          <p>
            {t('wayoutAdmin:embedPinned', { size: (manifest.gzipBytes / 1024).toFixed(1) })}{' '}
            {t('wayoutAdmin:embedUnpinned')} <code>{origin}/widget/v1/wayout.js</code>
          </p>
        </>
      ) : (
        <p>{t('wayoutAdmin:embedNotBuilt')}</p>
      )}

      <h2>{t('wayoutAdmin:embedPreview')}</h2>
      <div className="wayout-embed__preview">
        {/* A custom element, which JSX types do not know: created by its tag name. */}
        {createElement(widget, { key: widget, ...preview }, <a href={siteUrl}>{fallbacks[widget].text}</a>)}
      </div>
    </div>
  )
}
