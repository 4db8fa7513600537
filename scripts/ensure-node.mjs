// Runs first in `npm run demo` / `npm test`: a clear message instead of a stack trace on old Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  console.error(
    `chartstack needs Node.js 22.19 or newer; this is ${process.versions.node}.\n` +
      `Install a current Node (https://nodejs.org), or run \`bash .ci/run\`, which fetches Node 24 from the npm registry by itself.`,
  );
  process.exit(1);
}
