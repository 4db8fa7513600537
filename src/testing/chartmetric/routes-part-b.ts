import type { RouteHandlers } from '../types.js';
/** Sandbox handlers for chartmetric catalog part b: endpoint id → handler. */
export const routesPartB: RouteHandlers = {};
