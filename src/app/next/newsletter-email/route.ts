export { GET } from '@/plugins/newsletter/routes/emailPreview'
