import type { ReactNode } from 'react'

import type { Media } from '@/payload-types'

import { ResponsiveImage, imageSizes } from './ResponsiveImage'

/**
 * The picture at the top of a card: the content's image when it has one, otherwise
 * the designed stand-in (the brand's colours and motif, components.css). Decorative either way:
 * the card's title says what it is. `children` lie on top (an event's date).
 */
export const CardMedia = ({
  image,
  priority,
  children,
}: {
  image?: Media | null
  /** The page's largest picture above the fold (ResponsiveImage). */
  priority?: boolean
  children?: ReactNode
}) => {
  const picture = image && <ResponsiveImage image={image} alt="" sizes={imageSizes.card} priority={priority} />
  return (
    <div className={picture ? 'card-media' : 'card-media placeholder'}>
      {picture}
      {children}
    </div>
  )
}
