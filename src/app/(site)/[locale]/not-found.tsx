export { NotFound as default, notFoundMetadata as generateMetadata } from '@sites/shared/pages/NotFound'
