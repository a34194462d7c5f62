import { notices } from '@sites/shared/pages/notices'

export default notices.accessibility.Page
export const generateMetadata = notices.accessibility.generateMetadata
