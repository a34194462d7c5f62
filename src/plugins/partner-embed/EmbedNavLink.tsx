import Link from 'next/link'

/** The Embed page's entry in the admin navigation. */
export const EmbedNavLink = () => (
  <Link className="nav__link" href="/admin/embed" id="nav-embed">
    <span className="nav__link-label">Embed the widget</span>
  </Link>
)
