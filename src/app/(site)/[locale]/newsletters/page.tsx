import { newslettersPage } from '@sites/website/pages/newsletters'

export default newslettersPage.Page
export const generateMetadata = newslettersPage.generateMetadata
