/* global require */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS user script is the point */
// The same call from CommonJS with `.then()`: the shape where a dropped call used to exit 0 silently.
const { call } = require('./call-shared.cjs');

call(require(`chartstack/${process.env.PROVIDER}`)).then((outcome) => console.log(`${outcome} settled-at=${Date.now()}`));
