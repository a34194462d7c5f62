import { subscriptionPage } from '@sites/website/pages/subscription'

export default subscriptionPage.Page
export const generateMetadata = subscriptionPage.generateMetadata
