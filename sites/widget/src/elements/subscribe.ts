import { consentVersion, consentWording } from '@/plugins/newsletter/subscribers/consent'
import { apiPaths } from '@/plugins/public-api/paths'
import { consentField, honeypotField } from '@/public-forms/formFields'

import { h, scriptOrigin, stylesheet } from '../base'
import { strings, widgetLocale } from '../i18n'

/**
 * `<wayout-subscribe>`: the newsletter sign-up, posting to /api/public/v1/subscriptions (an API
 * without the endpoint answers 404, and the form says sign-up is not available). Posted: email,
 * locale, consent with the version of the wording shown (the same wording as the website's), and
 * an empty honeypot field that people never see.
 */
export class WayoutSubscribe extends HTMLElement {
  static observedAttributes = ['locale', 'site', 'theme', 'api', 'heading-level']
  private readonly root = this.attachShadow({ mode: 'open' })

  connectedCallback() {
    this.root.adoptedStyleSheets = [stylesheet()]
    this.render()
  }

  attributeChangedCallback() {
    if (this.isConnected) this.render()
  }

  private render() {
    const locale = widgetLocale(this.getAttribute('locale'))
    const t = strings[locale]
    const level = Number.parseInt(this.getAttribute('heading-level') ?? '2', 10)
    const heading = h(
      `h${level >= 2 && level <= 6 ? level : 2}` as 'h2',
      { id: 'heading', part: 'heading' },
      t.newsletter,
    )
    const email = h('input', {
      id: 'email',
      type: 'email',
      name: 'email',
      required: '',
      autocomplete: 'email',
      part: 'input',
    })
    const consent = h('input', { id: 'consent', type: 'checkbox', name: consentField, required: '' })
    const trap = h('input', { id: 'website', name: honeypotField, tabindex: '-1', autocomplete: 'off' })
    const status = h('p', { class: 'status', role: 'status', part: 'status' })
    const button = h('button', { type: 'submit', part: 'button' }, t.subscribe)
    const form = h(
      'form',
      { part: 'form' },
      h('label', { for: 'email' }, t.email),
      email,
      h('label', { class: 'consent' }, consent, consentWording[locale]),
      // A field only robots fill in: kept out of sight and out of the tab order.
      h('div', { class: 'trap', 'aria-hidden': 'true' }, h('label', { for: 'website' }, 'Website'), trap),
      button,
      status,
    )
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      button.disabled = true
      status.textContent = t.sending
      const api = this.getAttribute('api') || scriptOrigin
      try {
        // `?locale=` lets refusals made before the body is read (too many requests) speak it too.
        const response = await fetch(new URL(`${apiPaths.subscriptions}?locale=${locale}`, api), {
          method: 'POST',
          credentials: 'omit',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            email: email.value,
            locale,
            [consentField]: consent.checked,
            consentVersion,
            source: 'widget',
            [honeypotField]: trap.value,
          }),
        })
        const body = await response.json().catch(() => null)
        // Refusals come with a message in this locale from the server; a proxy's may not.
        status.textContent = response.ok
          ? t.subscribed
          : response.status === 404
            ? t.notYet
            : (body?.error?.message ?? t.subscribeFailed)
        if (response.ok) form.reset()
      } catch {
        status.textContent = t.subscribeFailed
      } finally {
        button.disabled = false
      }
    })
    this.root.replaceChildren(
      h(
        'section',
        { part: 'card', lang: locale, 'aria-labelledby': 'heading' },
        heading,
        h('p', {}, t.newsletterIntro),
        form,
      ),
    )
  }
}
