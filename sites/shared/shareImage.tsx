import { ImageResponse } from 'next/og'

import { getProject } from '@/content/project'
import { getReader } from '@/content/reader'
import { isLocale } from '@/i18n/locales'

/** The sharing image (1200×630): project name and tagline in the page's language, on the site colour. */
export const shareImage = async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const reader = await getReader()
  const project = await getProject(reader, locale)
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        padding: 80,
        background: reader.site.theme?.primary || '#1d3c6e',
        color: '#fff',
      }}
    >
      <div style={{ fontSize: 96, fontWeight: 700 }}>{project.name}</div>
      <div style={{ fontSize: 40, marginTop: 24 }}>{project.fullTitle}</div>
      {project.tagline && <div style={{ fontSize: 30, marginTop: 32, opacity: 0.9 }}>{project.tagline}</div>}
    </div>,
    { width: 1200, height: 630 },
  )
}
