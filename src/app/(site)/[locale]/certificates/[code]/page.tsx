import { certificatePage } from '@sites/website/pages/certificate'

export default certificatePage.Page
export const generateMetadata = certificatePage.generateMetadata
