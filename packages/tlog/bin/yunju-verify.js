#!/usr/bin/env node
// The `yunju-verify` command (offline safe-box receipt check): runs the TypeScript sources through
// tsx, like yunju-tlog.js (tsx comes from the workspace root's devDependencies).
import { register } from 'tsx/esm/api';

register();
const { verifyMain, verifyNodeIo } = await import('../src/verify-cli.ts');
process.exitCode = await verifyMain(process.argv.slice(2), verifyNodeIo);
