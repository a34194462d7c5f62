import { componentsPage } from '@sites/website/pages/components'

export default componentsPage.Page
export const generateMetadata = componentsPage.generateMetadata
