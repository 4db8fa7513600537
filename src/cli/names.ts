/**
 * Names on the command line. The SDK's names are camelCase (`startDate`, `wherePeopleListen`); the
 * command line shows those and accepts their kebab-case spelling too (`--start-date`,
 * `where-people-listen`), which is what most shells users type.
 */

/** `startDate` → `start-date`, `spFlRatio` → `sp-fl-ratio`, `code2` → `code2`. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** `start-date` → `startDate`; a name without dashes is returned as it is. */
export function camel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
