export { SiteLayout as default } from '@sites/shared/SiteLayout'
