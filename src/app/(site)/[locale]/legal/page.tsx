import { notices } from '@sites/shared/pages/notices'

export default notices.legal.Page
export const generateMetadata = notices.legal.generateMetadata
