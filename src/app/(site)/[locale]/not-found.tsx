export { NotFound as default } from '@sites/shared/pages/NotFound'
