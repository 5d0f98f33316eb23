#!/usr/bin/env node
// The `yunju` command: runs the TypeScript sources through tsx (see docs/adr/0002).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
