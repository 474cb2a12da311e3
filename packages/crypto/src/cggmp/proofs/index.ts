export * from './mod.js'
