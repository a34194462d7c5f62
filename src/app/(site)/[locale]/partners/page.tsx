import { partnersPage } from '@sites/website/pages/partners'

export default partnersPage.Page
export const generateMetadata = partnersPage.generateMetadata
