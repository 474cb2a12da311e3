export * from './mod.js'
export * from './prm.js'
export * from './fac.js'
export * from './sch.js'
