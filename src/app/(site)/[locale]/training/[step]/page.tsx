import { trainingStepPage } from '@sites/website/pages/trainingStep'

export default trainingStepPage.Page
export const generateMetadata = trainingStepPage.generateMetadata
