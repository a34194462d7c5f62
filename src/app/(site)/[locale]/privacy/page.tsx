import { notices } from '@sites/shared/pages/notices'

export default notices.privacy.Page
export const generateMetadata = notices.privacy.generateMetadata
