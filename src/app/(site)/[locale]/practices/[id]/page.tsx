import { practicePage } from '@sites/practices/pages/practice'

export default practicePage.Page
export const generateMetadata = practicePage.generateMetadata
