'use client'

import { Button, useDocumentInfo, useFormFields, useLocale } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * The newsletter issue's sidebar: preview the email, send a test to oneself, send now, schedule
 * for the chosen time or take a schedule back. The server endpoints check every step again.
 */
export const NewsletterActions = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const locale = useLocale()
  const scheduledFor = useFormFields(([fields]) => fields.scheduledFor?.value as string | undefined)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const status = (savedDocumentData?.status as string | undefined) ?? 'draft'

  if (!id) return <p className="field-description">Save the issue to preview, test and send it.</p>

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
      setMessage(answer?.message ?? (response.ok ? 'Done.' : `Failed (${response.status}).`))
      if (response.ok && action !== 'send-test') window.location.reload()
    } catch {
      setMessage('The server could not be reached.')
    } finally {
      setBusy(false)
    }
  }

  const emailPreview = (format: 'html' | 'text') =>
    `/next/newsletter-email?id=${encodeURIComponent(String(id))}&locale=${locale.code}&format=${format}`
  const editable = status === 'draft' || status === 'scheduled'

  return (
    <div className="newsletter-actions" style={{ marginBottom: 'var(--base)' }}>
      <p>
        <strong>Preview</strong> ({locale.label as string}):{' '}
        <a href={emailPreview('html')} target="_blank" rel="noreferrer">
          email
        </a>
        {' · '}
        <a href={emailPreview('text')} target="_blank" rel="noreferrer">
          plain text
        </a>
      </p>
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={busy}
        onClick={() => post('send-test', { locale: locale.code })}
      >
        Send a test to me
      </Button>
      {editable && (
        <>
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy || !scheduledFor}
            onClick={() => post('schedule', { at: scheduledFor })}
          >
            Schedule for the chosen time
          </Button>
          <Button
            size="small"
            disabled={busy}
            onClick={() => window.confirm('Send this issue to every confirmed subscriber now?') && post('schedule')}
          >
            Send now
          </Button>
        </>
      )}
      {status === 'scheduled' && (
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => post('unschedule')}>
          Take back to draft
        </Button>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
