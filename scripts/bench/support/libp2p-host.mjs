import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { tcp } from '@libp2p/tcp'
import { createLibp2p } from 'libp2p'

export const ECHO_PROTOCOL = '/bench/echo/1.0.0'

/** TCP + Noise + yamux, the stack thresh nodes and the SDK run. */
export function createEchoHost(listen) {
  return createLibp2p({ addresses: { listen }, transports: [tcp()], connectionEncrypters: [noise()], streamMuxers: [yamux()] })
}
