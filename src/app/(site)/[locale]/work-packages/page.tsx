import { workPackagesPage } from '@sites/website/pages/workPackages'

export default workPackagesPage.Page
export const generateMetadata = workPackagesPage.generateMetadata
