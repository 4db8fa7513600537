/** chartmetric catalog, part b (families listed in catalog/index.ts). */
export const partB = {};
