import { eventsPage } from '@sites/website/pages/events'

export default eventsPage.Page
export const generateMetadata = eventsPage.generateMetadata
