import { searchPage } from '@sites/website/pages/search'

export default searchPage.Page
export const generateMetadata = searchPage.generateMetadata
