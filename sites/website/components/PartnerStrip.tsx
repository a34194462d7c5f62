import type { Translated } from '@/content/fallback'
import type { Partner } from '@/payload-types'
import { ResponsiveImage, imageSizes } from '@sites/shared/components/ResponsiveImage'

/**
 * The consortium as a strip of logos, each linking to the partner's website. Until an editor
 * uploads a logo (Partners → logo) the short name stands in, set as a wordmark.
 */
export const PartnerStrip = ({
  partners,
  logoLabel,
}: {
  partners: Translated<Partner>[]
  logoLabel: (name: string) => string
}) => (
  <ul className="partner-strip">
    {partners.map((partner) => {
      const logo = typeof partner.logo === 'object' ? partner.logo : null
      const mark =
        (logo && <ResponsiveImage image={logo} alt={logoLabel(partner.shortName)} sizes={imageSizes.logo} />) ||
        partner.shortName
      return <li key={partner.id}>{partner.website ? <a href={partner.website}>{mark}</a> : <span>{mark}</span>}</li>
    })}
  </ul>
)
