'use client'
import { useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

import { adminViewText } from '@/plugins/admin-languages/strings'

/** The Embed page's entry in the admin navigation, in the editor's language. */
export const EmbedNavLink = () => {
  const t = adminViewText(useTranslation().t)
  return (
    <Link className="nav__link" href="/admin/embed" id="nav-embed">
      <span className="nav__link-label">{t('wayoutAdmin:embedNav')}</span>
    </Link>
  )
}
