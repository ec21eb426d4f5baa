#!/usr/bin/env node
// The command line of Mentor2Work: runs src/cli/main.ts through tsx, so it needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
