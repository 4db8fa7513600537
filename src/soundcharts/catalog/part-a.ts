/** soundcharts catalog, part a (families listed in catalog/index.ts). */
export const partA = {};
