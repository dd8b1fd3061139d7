// `npm run gen:api`: regenerate the web's API types from the server's routes.
import fs from 'node:fs';
import { renderApiSchema, schemaFile } from './api-contract.ts';

fs.writeFileSync(schemaFile, await renderApiSchema());
console.log(`wrote ${schemaFile}`);
