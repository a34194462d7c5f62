import { editorPage } from '@sites/shared/pages/editorPage'

export default editorPage.Page
export const generateMetadata = editorPage.generateMetadata
