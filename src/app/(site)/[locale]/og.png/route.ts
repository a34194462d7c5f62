import { shareImage } from '@sites/shared/shareImage'

export const GET = shareImage
