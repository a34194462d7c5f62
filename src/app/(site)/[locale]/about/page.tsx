import { aboutPage } from '@sites/website/pages/about'

export default aboutPage.Page
export const generateMetadata = aboutPage.generateMetadata
