export { CertificateNotFound as default } from '@sites/website/pages/certificateNotFound'
