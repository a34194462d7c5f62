import { newsletterIssuePage } from '@sites/website/pages/newsletterIssue'

export default newsletterIssuePage.Page
export const generateMetadata = newsletterIssuePage.generateMetadata
