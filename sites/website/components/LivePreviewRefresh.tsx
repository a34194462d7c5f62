'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/** In an editor's preview only: re-renders the page each time the admin saves (autosave included). */
export const LivePreviewRefresh = ({ serverURL }: { serverURL: string }) => {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={serverURL} />
}
