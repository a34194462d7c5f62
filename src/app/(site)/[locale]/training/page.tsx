import { trainingPage } from '@sites/website/pages/training'

export default trainingPage.Page
export const generateMetadata = trainingPage.generateMetadata
