/**
 * Regenerates libs/api-client from the API's OpenAPI document:
 *   libs/api-client/openapi.json  — the document as the built API prints it
 *   libs/api-client/src/schema.ts — TypeScript types (openapi-typescript)
 * Run through `npm run api-client:generate`, which builds the API first.
 * `--print` writes nothing and prints `{openapi, schema}` as JSON instead: the api-client test
 * compares that with the committed files (run as a child process because jest's module loader
 * cannot load openapi-typescript's ESM dependencies).
 */
const { execFileSync } = require('child_process');
const { existsSync, writeFileSync } = require('fs');
const { resolve } = require('path');
const { default: openapiTS, astToString } = require('openapi-typescript');

const ROOT = resolve(__dirname, '..');
const PRINTER = resolve(ROOT, 'dist/apps/api/openapi.js');
const OUT_DIR = resolve(ROOT, 'libs/api-client');
const OUTPUTS = {
  openapi: resolve(OUT_DIR, 'openapi.json'),
  schema: resolve(OUT_DIR, 'src/schema.ts'),
};

const HEADER =
  '/**\n' +
  ' * Generated from libs/api-client/openapi.json by tools/generate-api-client.js (openapi-typescript).\n' +
  ' * Do not edit: run `npm run api-client:generate` after changing the API.\n' +
  ' */\n\n';

/** @returns {Promise<{openapi: string, schema: string}>} the file contents, without writing them */
async function generate() {
  if (!existsSync(PRINTER)) {
    throw new Error(`${PRINTER} is missing: build the API first (npx nx run api:build)`);
  }
  const printed = execFileSync(process.execPath, [PRINTER], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const document = JSON.parse(printed);
  const openapi = JSON.stringify(document, null, 2) + '\n';
  const ast = await openapiTS(document, { silent: true });
  const schema = HEADER + astToString(ast);
  return { openapi, schema };
}

async function main() {
  const { openapi, schema } = await generate();
  if (process.argv.includes('--print')) {
    process.stdout.write(JSON.stringify({ openapi, schema }));
    return;
  }
  writeFileSync(OUTPUTS.openapi, openapi);
  writeFileSync(OUTPUTS.schema, schema);
  console.log(`wrote ${OUTPUTS.openapi}\nwrote ${OUTPUTS.schema}`);
}

module.exports = { generate };

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
