import { submitPracticePage } from '@sites/practices/pages/submit'

export default submitPracticePage.Page
export const generateMetadata = submitPracticePage.generateMetadata
