export { SiteLayout as default, siteMetadata as metadata } from '@sites/shared/SiteLayout'
