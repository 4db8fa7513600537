// The few Deno globals examples/deno/main.js uses, for `npm run typecheck:examples` (tsc has no
// Deno types). Deno itself ignores this file and uses its own declarations.
declare const Deno: {
  env: { get(name: string): string | undefined };
  args: string[];
};
