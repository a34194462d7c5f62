import { bySite } from '@sites/shared/definePage'
import { practicesHome } from '@sites/practices/pages/home'
import { projectHome } from '@sites/website/pages/home'

const home = bySite({ wayout: projectHome, practices: practicesHome })

export default home.Page
export const generateMetadata = home.generateMetadata
