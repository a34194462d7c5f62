import { developersPage } from '@sites/website/pages/developers'

export default developersPage.Page
export const generateMetadata = developersPage.generateMetadata
