import { eventPage } from '@sites/website/pages/event'

export default eventPage.Page
export const generateMetadata = eventPage.generateMetadata
