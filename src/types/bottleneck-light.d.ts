// bottleneck ships one declaration file for both builds; `light.js` is the same API without Redis.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
