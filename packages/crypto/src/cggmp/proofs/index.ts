export * from './enc.js'
export * from './aff-g.js'
export * from './log-star.js'
