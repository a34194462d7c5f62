import { createElement } from 'react'

import { localeNames, locales } from '@/i18n/locales'

import { attributesOf, fallbacks, fallbackUrl, snippetOf, widgetNames, type EmbedChoice, type Widget } from '../snippet'
import type { PublishedManifest } from './bundleManifest'

/** The words it shows, from the page's messages. */
type Label =
  | 'widget'
  | 'language'
  | 'site'
  | 'items'
  | 'category'
  | 'allCategories'
  | 'events'
  | 'upcoming'
  | 'past'
  | 'theme'
  | 'light'
  | 'dark'
  | 'workPackage'
  | 'wholeProject'
  | 'build'
  | 'snippet'
  | 'snippetHelp'
  | 'noBundle'
  | 'preview'
  | 'previewHelp'
  | 'published'

type Props = {
  action: string
  choice: EmbedChoice
  manifest: PublishedManifest | null
  origin: string
  sites: { key: string; name: string }[]
  categories: { slug: string; title: string }[]
  workPackages: { number: number; title: string }[]
  t: (key: Label, values?: Record<string, string>) => string
  widgetLabel: (widget: Widget) => string
}

// Labels beside (not around) their fields: a field's name is then its label alone.
const Select = ({
  name,
  label,
  value,
  options,
}: {
  name: string
  label: string
  value: string
  options: [string, string][]
}) => (
  <span>
    <label htmlFor={`embed-${name}`}>{label}</label>{' '}
    <select id={`embed-${name}`} name={name} defaultValue={value}>
      {options.map(([option, text]) => (
        <option key={option} value={option}>
          {text}
        </option>
      ))}
    </select>
  </span>
)

/**
 * The embed configurator without JavaScript: a GET form whose answer is this page with the
 * snippet for the chosen options (built as the admin's Embed page builds it, ../snippet.ts) and a
 * preview (the very bundle the snippet loads, from this site: allowed by its `script-src 'self'`).
 * Every option is offered; the snippet keeps only those the chosen widget takes.
 */
export const Configurator = ({
  action,
  choice,
  manifest,
  origin,
  sites,
  categories,
  workPackages,
  t,
  widgetLabel,
}: Props) => (
  <>
    <form className="filters embed-form" method="get" action={action}>
      <Select
        name="widget"
        label={t('widget')}
        value={choice.widget}
        options={widgetNames.map((name) => [name, widgetLabel(name)])}
      />
      <Select
        name="language"
        label={t('language')}
        value={choice.locale}
        options={locales.map((code) => [code, localeNames[code]])}
      />
      <Select name="site" label={t('site')} value={choice.site} options={sites.map(({ key, name }) => [key, name])} />
      <span>
        <label htmlFor="embed-limit">{t('items')}</label>{' '}
        <input id="embed-limit" type="number" name="limit" min={1} max={50} defaultValue={choice.limit} />
      </span>
      <Select
        name="category"
        label={`${t('category')} (${widgetLabel('wayout-news')})`}
        value={choice.category}
        options={[['', t('allCategories')], ...categories.map(({ slug, title }): [string, string] => [slug, title])]}
      />
      <Select
        name="when"
        label={`${t('events')} (${widgetLabel('wayout-events')})`}
        value={choice.when}
        options={[
          ['upcoming', t('upcoming')],
          ['past', t('past')],
        ]}
      />
      <Select
        name="workPackage"
        label={`${t('workPackage')} (${widgetLabel('wayout-deliverables')})`}
        value={String(choice.workPackage)}
        options={[
          ['0', t('wholeProject')],
          ...workPackages.map(({ number, title }): [string, string] => [String(number), `WP${number} – ${title}`]),
        ]}
      />
      <Select
        name="theme"
        label={t('theme')}
        value={choice.theme}
        options={[
          ['light', t('light')],
          ['dark', t('dark')],
        ]}
      />
      <button type="submit" className="button">
        {t('build')}
      </button>
    </form>
    {manifest ? (
      <>
        <label className="embed-snippet">
          {t('snippet')}
          <textarea readOnly rows={6} defaultValue={snippetOf(choice, manifest, origin)} />
        </label>
        <p>
          {t('snippetHelp', {
            size: (manifest.gzipBytes / 1024).toFixed(1),
            stable: `${origin}${manifest.stable}`,
          })}
        </p>
        <h3>{t('preview')}</h3>
        <p>{t('previewHelp')}</p>
        <div className="embed-preview">
          <script src={manifest.file} integrity={manifest.integrity} crossOrigin="anonymous" defer />
          {/* A custom element, which JSX types do not know: created by its tag name. */}
          {createElement(
            choice.widget,
            Object.fromEntries(attributesOf(choice)),
            <a href={fallbackUrl(choice, origin)}>{fallbacks[choice.widget].text}</a>,
          )}
        </div>
        <details>
          <summary>{t('published')}</summary>
          <ul className="embed-published">
            {manifest.published.map(({ file, integrity }) => (
              <li key={file}>
                <code>{`${origin}${file}`}</code> <code>{integrity}</code>
              </li>
            ))}
          </ul>
        </details>
      </>
    ) : (
      <p>{t('noBundle')}</p>
    )}
  </>
)
