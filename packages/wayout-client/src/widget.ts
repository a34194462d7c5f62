/**
 * The package's widget entry: importing it defines the WayOut custom elements (the same ones
 * `/widget/v1/wayout.js` defines). As a module it has no script address to take the CMS from:
 * give each element `api="https://cms.example.org"`.
 */
export { elements } from '../../../sites/widget/src/index'
