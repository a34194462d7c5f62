import type { Translated } from '@/content/fallback'
import type { Objective, Outcome } from '@/payload-types'
import { Text } from '@sites/shared/components/Text'

/** The project's objectives (numbered) or expected outcomes (ticked), as tiles under their heading. */
export const Statements = ({
  id,
  heading,
  items,
  numbered = false,
}: {
  id: string
  heading: string
  items: Translated<Objective | Outcome>[]
  numbered?: boolean
}) => {
  const List = numbered ? 'ol' : 'ul'
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <List className="statements">
        {items.map((item) => (
          <Text as="li" key={item.id} english={item.fellBack.length > 0}>
            {item.text}
          </Text>
        ))}
      </List>
    </section>
  )
}
