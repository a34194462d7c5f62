import type { ReactNode } from 'react'

import type { Media } from '@/payload-types'

/**
 * The picture at the top of a card: the image's card size when the content has one, otherwise
 * the designed stand-in (the brand's colours and motif, components.css). Decorative either way:
 * the card's title says what it is. `children` lie on top (an event's date).
 */
export const CardMedia = ({ image, children }: { image?: Media | null; children?: ReactNode }) => {
  const card = image?.sizes?.card
  return (
    <div className={card?.url ? 'card-media' : 'card-media placeholder'}>
      {card?.url && (
        <img
          src={card.url}
          alt=""
          width={card.width ?? undefined}
          height={card.height ?? undefined}
          loading="lazy"
          decoding="async"
        />
      )}
      {children}
    </div>
  )
}
