'use client'

import { Button, useDocumentInfo, useFormModified, useLocale, useTranslation } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

import type { Newsletter } from '@/payload-types'

import { sendingTimeFormat } from './timeFormat'
import type { NewsletterTranslationKeys, NewsletterTranslations } from './strings'

/** `datetime-local` wants the browser's local wall-clock time, without a zone. */
const localInputValue = (iso: string | null | undefined) => {
  if (!iso) return ''
  const date = new Date(iso)
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
}

/**
 * The newsletter issue's sidebar: where it stands, preview the email, send a test to oneself,
 * send now, schedule for a chosen time or take a schedule back. Everything acts on the saved
 * issue, so nothing is offered while there are unsaved changes; the sending time is chosen here,
 * not in the form, so choosing it is no unsaved change. The endpoints check every step again and
 * answer in the editor's language.
 */
export const NewsletterActions = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { t, i18n } = useTranslation<NewsletterTranslations, NewsletterTranslationKeys>()
  const locale = useLocale()
  const modified = useFormModified()
  const saved = savedDocumentData as Partial<Newsletter> | undefined
  const sendAt = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const timeInput = useId()

  if (!id) return <p className="field-description">{t('newsletterActions:saveFirst')}</p>

  const status = saved?.status ?? 'draft'
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, sendingTimeFormat).format(new Date(iso))
  const standing =
    status === 'scheduled' && saved?.scheduledFor
      ? t('newsletterActions:scheduledFor', { time: time(saved.scheduledFor) })
      : status === 'sending'
        ? t('newsletterActions:sendingProgress', {
            delivered: saved?.sending?.delivered ?? 0,
            recipients: saved?.sending?.recipients ?? 0,
          })
        : status === 'sent' && saved?.sentAt
          ? t('newsletterActions:sentAt', { time: time(saved.sentAt), count: saved.sending?.recipients ?? 0 })
          : ''

  const post = async (action: string, body: Record<string, unknown> = {}) => {
    setBusy(true)
    setMessage('')
    try {
      const response = await fetch(`/api/newsletters/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => null)) as { message?: string } | null
      setMessage(answer?.message ?? t('newsletterActions:failed', { status: response.status }))
      // The status and schedule fields belong to the server: show what it made of them.
      if (response.ok && action !== 'send-test') window.location.reload()
    } catch {
      setMessage(t('newsletterActions:unreachable'))
    } finally {
      setBusy(false)
    }
  }

  const schedule = () => {
    const chosen = sendAt.current?.value
    if (!chosen) {
      setMessage(t('newsletterActions:chooseTime'))
      sendAt.current?.focus()
      return
    }
    void post('schedule', {
      at: new Date(chosen).toISOString(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    })
  }

  const emailPreview = (format: 'html' | 'text') =>
    `/next/newsletter-email?id=${encodeURIComponent(String(id))}&locale=${locale.code}&format=${format}`
  const editable = status === 'draft' || status === 'scheduled'
  const blocked = busy || modified

  return (
    <div className="newsletter-actions" style={{ marginBottom: 'var(--base)' }}>
      {standing && (
        <p>
          <strong>{standing}</strong>
        </p>
      )}
      {modified && <p className="field-description">{t('newsletterActions:unsaved')}</p>}
      <p>
        {t('newsletterActions:preview', { language: locale.label as string })}:{' '}
        <a href={emailPreview('html')} target="_blank" rel="noreferrer">
          {t('newsletterActions:email')}
        </a>
        {' · '}
        <a href={emailPreview('text')} target="_blank" rel="noreferrer">
          {t('newsletterActions:plainText')}
        </a>
      </p>
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={blocked}
        onClick={() => post('send-test', { locale: locale.code })}
      >
        {t('newsletterActions:sendTest')}
      </Button>
      {editable && (
        <>
          <p>
            <label htmlFor={timeInput}>{t('newsletterActions:sendingTime')}</label>
            <br />
            <input
              ref={sendAt}
              id={timeInput}
              type="datetime-local"
              defaultValue={localInputValue(saved?.scheduledFor)}
              min={localInputValue(new Date().toISOString())}
            />
          </p>
          <Button buttonStyle="secondary" size="small" disabled={blocked} onClick={schedule}>
            {t('newsletterActions:schedule')}
          </Button>
          <Button
            size="small"
            disabled={blocked}
            onClick={() => window.confirm(t('newsletterActions:confirmSendNow')) && post('schedule', { now: true })}
          >
            {t('newsletterActions:sendNow')}
          </Button>
        </>
      )}
      {status === 'scheduled' && (
        <Button buttonStyle="secondary" size="small" disabled={blocked} onClick={() => post('unschedule')}>
          {t('newsletterActions:unschedule')}
        </Button>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
