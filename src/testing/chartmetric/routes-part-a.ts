import type { RouteHandlers } from '../types.js';
/** Sandbox handlers for chartmetric catalog part a: endpoint id → handler. */
export const routesPartA: RouteHandlers = {};
