#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so a fresh clone needs no build step for the server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
