export * from './mod.js'
export * from './prm.js'
