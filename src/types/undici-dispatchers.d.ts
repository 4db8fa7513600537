// The two undici dispatchers the Node transport loads from their own modules (src/core/transport/undici.ts
// says why); undici declares them only through its package entry. test/core/undici-node.test.ts
// checks that these modules are the entry's own classes. (Node-only: type-level references only.)
declare module 'undici/lib/dispatcher/agent.js' {
  const Agent: typeof import('undici').Agent;
  export default Agent;
}
declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
  const EnvHttpProxyAgent: typeof import('undici').EnvHttpProxyAgent;
  export default EnvHttpProxyAgent;
}
