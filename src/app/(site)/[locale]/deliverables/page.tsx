import { deliverablesPage } from '@sites/website/pages/deliverables'

export default deliverablesPage.Page
export const generateMetadata = deliverablesPage.generateMetadata
