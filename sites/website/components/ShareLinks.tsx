import { getTranslations } from 'next-intl/server'

/** Plain share links: no third-party script runs, nothing is sent until the reader clicks. */
export const ShareLinks = async ({ url, title }: { url: string; title: string }) => {
  const t = await getTranslations('news')
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  const links = [
    { label: t('shareEmail'), href: `mailto:?subject=${text}&body=${u}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${text}%20${u}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'X', href: `https://x.com/intent/post?text=${text}&url=${u}` },
  ]
  return (
    <nav aria-labelledby="share-heading">
      <h2 id="share-heading">{t('share')}</h2>
      <ul className="tags">
        {links.map((link) => (
          <li key={link.label}>
            <a href={link.href} rel="noopener noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
