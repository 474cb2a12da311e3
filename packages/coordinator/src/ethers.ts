export { ThreshSigner } from './adapters/ethers.js'
