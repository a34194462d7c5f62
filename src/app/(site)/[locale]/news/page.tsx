import { newsPage } from '@sites/website/pages/news'

export default newsPage.Page
export const generateMetadata = newsPage.generateMetadata
