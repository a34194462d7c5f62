/**
 * The WayOut partner widget: custom elements partner organisations put on their own pages.
 * Served at /widget/v1/wayout.js (and a content-hashed copy for Subresource Integrity).
 */
import { WayoutDeliverables } from './elements/deliverables'
import { WayoutEvents, WayoutNews, WayoutPartners } from './elements/lists'
import { WayoutProject } from './elements/project'
import { WayoutSubscribe } from './elements/subscribe'
import { WayoutTraining } from './elements/training'

export const elements = {
  'wayout-project': WayoutProject,
  'wayout-news': WayoutNews,
  'wayout-events': WayoutEvents,
  'wayout-partners': WayoutPartners,
  'wayout-subscribe': WayoutSubscribe,
  'wayout-deliverables': WayoutDeliverables,
  'wayout-training': WayoutTraining,
}

// Loaded twice (the stable and the hashed URL on one page): the first definition stays.
for (const [name, element] of Object.entries(elements))
  if (!customElements.get(name)) customElements.define(name, element)
