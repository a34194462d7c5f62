import type { ReactNode } from 'react'

/**
 * Text that may be an English stand-in for a missing translation: marked `lang="en"` so screen
 * readers pronounce it as English (the page's notice tells sighted readers).
 */
export const Text = ({
  as: Tag = 'span',
  english,
  children,
  className,
}: {
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'div' | 'li' | 'dd' | 'td'
  english?: boolean
  children: ReactNode
  className?: string
}) => (
  <Tag lang={english ? 'en' : undefined} className={className}>
    {children}
  </Tag>
)
