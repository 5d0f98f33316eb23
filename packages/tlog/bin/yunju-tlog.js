#!/usr/bin/env node
// The `yunju-tlog` command: runs the TypeScript sources through tsx, like apps/server/bin/yunju.js
// (tsx comes from the workspace root's devDependencies).
import { register } from 'tsx/esm/api';

register();
const { main, nodeIo } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2), nodeIo);
