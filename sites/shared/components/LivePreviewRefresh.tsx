'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In an editor's preview only: tells the admin's live-preview pane this page is ready, and
 * re-renders the page whenever the admin saves the document (autosave included). Payload's own
 * @payloadcms/live-preview-react does the same but is not published for this Payload version,
 * and its version check rejects a mismatch.
 */
export const LivePreviewRefresh = ({ serverURL }: { serverURL: string }) => {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin === serverURL && event.data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    ;(window.opener || window.parent)?.postMessage({ type: 'payload-live-preview', ready: true }, serverURL)
    return () => window.removeEventListener('message', onMessage)
  }, [router, serverURL])
  return null
}
