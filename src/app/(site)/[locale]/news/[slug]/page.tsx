import { articlePage } from '@sites/website/pages/article'

export default articlePage.Page
export const generateMetadata = articlePage.generateMetadata
