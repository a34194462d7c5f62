import { workPackagePage } from '@sites/website/pages/workPackage'

export default workPackagePage.Page
export const generateMetadata = workPackagePage.generateMetadata
